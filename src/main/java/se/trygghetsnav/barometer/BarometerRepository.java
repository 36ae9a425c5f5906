package se.trygghetsnav.barometer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsnav.survey.AnswerOption;
import se.trygghetsnav.survey.ScoreCard;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for drafts, completed responses and contact requests. Stores no request metadata at all. */
@Repository
class BarometerRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> ANSWER_MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;

    BarometerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void createDraft(byte[] tokenHash, int instrumentVersion, LocalDate today) {
        jdbc.sql("INSERT INTO barometer_draft (token_hash, instrument_version, saved_on) VALUES (:hash, :version, :today)")
                .param("hash", tokenHash)
                .param("version", instrumentVersion)
                .param("today", today)
                .update();
    }

    Optional<Draft> findDraft(byte[] tokenHash) {
        return jdbc.sql("SELECT instrument_version, answers::text AS answers FROM barometer_draft WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new Draft(rs.getInt("instrument_version"), readAnswers(rs.getString("answers"))))
                .optional();
    }

    /** Merges the given answers into the draft; answers to other questions are kept. */
    void saveDraftAnswers(byte[] tokenHash, Map<String, AnswerOption> answers, LocalDate today) {
        Map<String, String> codes = new LinkedHashMap<>();
        answers.forEach((question, answer) -> codes.put(question, answer.name()));
        jdbc.sql("""
                        UPDATE barometer_draft SET answers = answers || CAST(:answers AS jsonb), saved_on = :today
                        WHERE token_hash = :hash
                        """)
                .param("answers", JSON.writeValueAsString(codes))
                .param("today", today)
                .param("hash", tokenHash)
                .update();
    }

    void deleteDraft(byte[] tokenHash) {
        jdbc.sql("DELETE FROM barometer_draft WHERE token_hash = :hash").param("hash", tokenHash).update();
    }

    int deleteDraftsSavedBefore(LocalDate date) {
        return jdbc.sql("DELETE FROM barometer_draft WHERE saved_on < :date").param("date", date).update();
    }

    void insertResponse(UUID id, byte[] resultTokenHash, String instrumentId, int instrumentVersion,
            LocalDate completedOn, Map<String, AnswerOption> answers, ScoreCard scores) {
        jdbc.sql("""
                        INSERT INTO barometer_response (id, result_token_hash, instrument_id, instrument_version, completed_on, total_score)
                        VALUES (:id, :hash, :instrument, :version, :completedOn, :total)
                        """)
                .param("id", id)
                .param("hash", resultTokenHash)
                .param("instrument", instrumentId)
                .param("version", instrumentVersion)
                .param("completedOn", completedOn)
                .param("total", scores.totalScore())
                .update();
        List<String> questions = new ArrayList<>(answers.keySet());
        jdbc.sql("""
                        INSERT INTO barometer_answer (response_id, question_id, answer)
                        SELECT :id, question, answer FROM unnest(CAST(:questions AS text[]), CAST(:answers AS text[])) AS a (question, answer)
                        """)
                .param("id", id)
                .param("questions", questions.toArray(String[]::new))
                .param("answers", questions.stream().map(q -> answers.get(q).name()).toArray(String[]::new))
                .update();
        List<ScoreCard.SectionScore> sections = scores.sections();
        jdbc.sql("""
                        INSERT INTO barometer_section_score (response_id, section_id, score, dont_know)
                        SELECT :id, section, score, dont_know
                        FROM unnest(CAST(:sections AS text[]), CAST(:scores AS int[]), CAST(:dontKnow AS int[])) AS s (section, score, dont_know)
                        """)
                .param("id", id)
                .param("sections", sections.stream().map(ScoreCard.SectionScore::sectionId).toArray(String[]::new))
                .param("scores", sections.stream().map(ScoreCard.SectionScore::score).toArray(Integer[]::new))
                .param("dontKnow", sections.stream().map(ScoreCard.SectionScore::dontKnow).toArray(Integer[]::new))
                .update();
        // last, so the rows of the running totals stay locked as briefly as possible
        jdbc.sql("""
                        INSERT INTO barometer_section_total (instrument_id, instrument_version, section_id, responses, score_sum)
                        SELECT :instrument, :version, section, 1, score
                        FROM unnest(CAST(:sections AS text[]), CAST(:scores AS int[])) AS s (section, score)
                        ORDER BY section
                        ON CONFLICT (instrument_id, instrument_version, section_id)
                        DO UPDATE SET responses = barometer_section_total.responses + 1,
                                      score_sum = barometer_section_total.score_sum + excluded.score_sum
                        """)
                .param("instrument", instrumentId)
                .param("version", instrumentVersion)
                .param("sections", sections.stream().map(ScoreCard.SectionScore::sectionId).toArray(String[]::new))
                .param("scores", sections.stream().map(ScoreCard.SectionScore::score).toArray(Integer[]::new))
                .update();
    }

    Optional<StoredResponse> findResponseByTokenHash(byte[] tokenHash) {
        return jdbc.sql("SELECT id, instrument_version, completed_on FROM barometer_response WHERE result_token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new StoredResponse(rs.getObject("id", UUID.class), rs.getInt("instrument_version"),
                        rs.getObject("completed_on", LocalDate.class)))
                .optional();
    }

    Optional<StoredResponse> findResponse(UUID id) {
        return jdbc.sql("SELECT id, instrument_version, completed_on FROM barometer_response WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new StoredResponse(rs.getObject("id", UUID.class), rs.getInt("instrument_version"),
                        rs.getObject("completed_on", LocalDate.class)))
                .optional();
    }

    Map<String, AnswerOption> answersOf(UUID responseId) {
        Map<String, AnswerOption> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer FROM barometer_answer WHERE response_id = :id")
                .param("id", responseId)
                .query((rs, row) -> answers.put(rs.getString("question_id"), AnswerOption.valueOf(rs.getString("answer"))))
                .list();
        return answers;
    }

    /** Completed responses of the instrument version, from the running totals. */
    long countResponses(String instrumentId, int instrumentVersion) {
        return jdbc.sql("""
                        SELECT coalesce(max(responses), 0) FROM barometer_section_total
                        WHERE instrument_id = :instrument AND instrument_version = :version
                        """)
                .param("instrument", instrumentId)
                .param("version", instrumentVersion)
                .query(Long.class)
                .single();
    }

    /** Mean section score over all completed responses of the instrument version, rounded half up. */
    Map<String, Integer> averageSectionScores(String instrumentId, int instrumentVersion) {
        Map<String, Integer> averages = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT section_id, round(score_sum::numeric / responses)::int AS average
                        FROM barometer_section_total
                        WHERE instrument_id = :instrument AND instrument_version = :version AND responses > 0
                        """)
                .param("instrument", instrumentId)
                .param("version", instrumentVersion)
                .query((rs, row) -> averages.put(rs.getString("section_id"), rs.getInt("average")))
                .list();
        return averages;
    }

    void insertContactRequest(UUID id, ContactDetails contact, LocalDate today, UUID linkedResponse) {
        jdbc.sql("""
                        INSERT INTO barometer_contact_request (id, name, title, organisation, email, requested_on, response_id)
                        VALUES (:id, :name, :title, :organisation, :email, :today, :response)
                        """)
                .param("id", id)
                .param("name", blankToNull(contact.name()))
                .param("title", blankToNull(contact.title()))
                .param("organisation", blankToNull(contact.organisation()))
                .param("email", blankToNull(contact.email()))
                .param("today", today)
                .param("response", linkedResponse)
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> readAnswers(String json) {
        return JSON.readValue(json, ANSWER_MAP);
    }

    record Draft(int instrumentVersion, Map<String, String> answers) {}

    record StoredResponse(UUID id, int instrumentVersion, LocalDate completedOn) {}
}
