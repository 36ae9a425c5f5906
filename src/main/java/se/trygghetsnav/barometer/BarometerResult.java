package se.trygghetsnav.barometer;

import java.time.LocalDate;
import java.util.List;
import se.trygghetsnav.survey.AnswerOption;

/**
 * What a respondent sees after the barometer: scores, the comparison with all respondents and a
 * development list. {@code level} is the Swedish name, {@code levelCode} the stable code.
 */
public record BarometerResult(String token, LocalDate completedOn, int totalScore, String level, Level levelCode,
        List<SectionResult> sections, Comparison comparison, List<DevelopmentItem> developmentList) {

    public BarometerResult {
        sections = List.copyOf(sections);
        developmentList = List.copyOf(developmentList);
    }

    /** {@code average} is the mean score of all completed responses, null until enough exist. */
    public record SectionResult(String id, int number, String title, int score, int dontKnow, Integer average) {}

    /** {@code minimum} completed responses are needed before averages are shown. */
    public record Comparison(long respondents, int minimum, boolean available) {}

    /** A question answered Nej, Delvis or Vet ej, with what to do about it. */
    public record DevelopmentItem(String sectionId, String sectionTitle, String questionId, String question,
            AnswerOption answer, String recommendation) {}
}
