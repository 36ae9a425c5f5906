package se.trygghetsnav.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.Scoring;

/**
 * The report's Tabell 1 and 2: per choice question the count of each answer and its frequency in
 * whole percent of the municipalities that answered, rounded half up (21 of 26 -> 81 %).
 */
public record MappingTable(int respondents, List<Row> questions) {

    public MappingTable {
        questions = List.copyOf(questions);
    }

    public record Row(String id, String section, String text, Map<String, Integer> counts, Map<String, Integer> percent) {
        public Row {
            Objects.requireNonNull(id);
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            percent = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(percent));
        }
    }

    /** The table of the choice questions over submitted answer sheets (question id -> answer code). */
    public static MappingTable of(Instrument instrument, List<Map<String, String>> sheets) {
        List<Row> rows = new ArrayList<>();
        for (Instrument.Section section : instrument.sections()) {
            for (Instrument.Question question : section.questions()) {
                if (question.freeText()) {
                    continue;
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                question.options().forEach(option -> counts.put(option, 0));
                for (Map<String, String> sheet : sheets) {
                    String answer = sheet.get(question.id());
                    if (answer != null && counts.containsKey(answer)) {
                        counts.merge(answer, 1, Integer::sum);
                    }
                }
                Map<String, Integer> percent = new LinkedHashMap<>();
                counts.forEach((option, count) -> percent.put(option, percent(count, sheets.size())));
                rows.add(new Row(question.id(), section.title(), question.text(), counts, percent));
            }
        }
        return new MappingTable(sheets.size(), rows);
    }

    static int percent(int count, int respondents) {
        return respondents == 0 ? 0 : Scoring.percentHalfUp(count, respondents);
    }

    public Row row(String questionId) {
        return questions.stream().filter(row -> row.id().equals(questionId)).findFirst().orElseThrow();
    }
}
