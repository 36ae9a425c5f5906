package se.trygghetsnav.barometer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.survey.AnswerOption;
import se.trygghetsnav.survey.Instrument;

/** What the operator sees: aggregated, anonymous statistics and the contact requests. */
@Service
class BarometerStatistics {

    private final JdbcClient jdbc;
    private final BarometerService barometer;

    BarometerStatistics(JdbcClient jdbc, BarometerService barometer) {
        this.jdbc = jdbc;
        this.barometer = barometer;
    }

    Overview overview() {
        Instrument instrument = barometer.instrument();
        long responses = jdbc.sql("SELECT count(*) FROM barometer_response WHERE instrument_id = :id AND instrument_version = :v")
                .param("id", instrument.id()).param("v", instrument.version())
                .query(Long.class).single();

        Map<String, Map<Level, Long>> levelsBySection = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.section_id, s.score FROM barometer_section_score s
                        JOIN barometer_response r ON r.id = s.response_id
                        WHERE r.instrument_id = :id AND r.instrument_version = :v
                        """)
                .param("id", instrument.id()).param("v", instrument.version())
                .query((rs, row) -> levelsBySection.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Level.class))
                        .merge(Level.of(rs.getInt(2)), 1L, Long::sum))
                .list();

        Map<String, Map<AnswerOption, Long>> answersByQuestion = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.question_id, a.answer, count(*) FROM barometer_answer a
                        JOIN barometer_response r ON r.id = a.response_id
                        WHERE r.instrument_id = :id AND r.instrument_version = :v
                        GROUP BY a.question_id, a.answer
                        """)
                .param("id", instrument.id()).param("v", instrument.version())
                .query((rs, row) -> answersByQuestion.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(AnswerOption.class))
                        .put(AnswerOption.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();

        List<SectionDistribution> sections = instrument.sections().stream()
                .map(section -> {
                    Map<Level, Long> levels = levelsBySection.getOrDefault(section.id(), Map.of());
                    return new SectionDistribution(section.id(), section.title(),
                            List.of(Level.values()).stream().map(level -> new Cell(levels.getOrDefault(level, 0L), responses)).toList(),
                            section.questions().stream().map(question -> {
                                Map<AnswerOption, Long> counts = answersByQuestion.getOrDefault(question.id(), Map.of());
                                return new QuestionDistribution(question.id(), question.text(),
                                        List.of(AnswerOption.values()).stream()
                                                .map(option -> new Cell(counts.getOrDefault(option, 0L), responses)).toList());
                            }).toList());
                })
                .toList();
        return new Overview(responses, sections);
    }

    List<ContactRequest> contactRequests() {
        return jdbc.sql("""
                        SELECT id, name, title, organisation, email, requested_on, response_id
                        FROM barometer_contact_request ORDER BY requested_on DESC, name
                        """)
                .query((rs, row) -> new ContactRequest(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("title"), rs.getString("organisation"), rs.getString("email"),
                        rs.getObject("requested_on", LocalDate.class), rs.getObject("response_id", UUID.class)))
                .list();
    }

    @Transactional
    boolean deleteContactRequest(UUID id) {
        return jdbc.sql("DELETE FROM barometer_contact_request WHERE id = :id").param("id", id).update() > 0;
    }

    /** The result linked to a contact request; only linked results can be opened by the operator. */
    BarometerResult linkedResult(UUID contactRequestId) {
        UUID responseId = jdbc.sql("SELECT response_id FROM barometer_contact_request WHERE id = :id AND response_id IS NOT NULL")
                .param("id", contactRequestId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Inget kopplat resultat"));
        return barometer.resultById(responseId);
    }

    record Overview(long responses, List<SectionDistribution> sections) {}

    record SectionDistribution(String id, String title, List<Cell> levels, List<QuestionDistribution> questions) {}

    record QuestionDistribution(String id, String text, List<Cell> answers) {}

    /** A count shown with small-count suppression. */
    record Cell(long count, long total) {
        public String shownCount() {
            return SmallCounts.count(count);
        }

        public String shownPercent() {
            return SmallCounts.percent(count, total);
        }
    }

    record ContactRequest(UUID id, String name, String title, String organisation, String email, LocalDate requestedOn,
            UUID responseId) {}
}
