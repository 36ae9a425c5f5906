package se.trygghetsnav.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Points and percentages: Ja = 2, Delvis = 1, Nej = 0, Vet ej = 0. A score is
 * round(100 x points / (2 x questions)), rounding half up to an integer.
 */
public final class Scoring {

    private static final int MAX_POINTS_PER_QUESTION = 2;

    private Scoring() {}

    public static int points(AnswerOption answer) {
        return switch (answer) {
            case YES -> 2;
            case PARTLY -> 1;
            case NO, DONT_KNOW -> 0;
        };
    }

    /** round(100 x part / whole), half up, for non-negative part and positive whole. */
    public static int percentHalfUp(long part, long whole) {
        if (whole <= 0 || part < 0) {
            throw new IllegalArgumentException("part " + part + " of whole " + whole);
        }
        return (int) ((200 * part + whole) / (2 * whole));
    }

    /** Scores a complete set of answers; every question of the instrument must be answered. */
    public static ScoreCard score(Instrument instrument, Map<String, AnswerOption> answers) {
        int allPoints = 0;
        List<ScoreCard.SectionScore> sections = new ArrayList<>();
        for (Instrument.Section section : instrument.sections()) {
            int points = 0;
            int dontKnow = 0;
            for (Instrument.Question question : section.questions()) {
                AnswerOption answer = answers.get(question.id());
                if (answer == null) {
                    throw new IllegalArgumentException("No answer to " + question.id());
                }
                points += points(answer);
                dontKnow += answer == AnswerOption.DONT_KNOW ? 1 : 0;
            }
            allPoints += points;
            sections.add(new ScoreCard.SectionScore(section.id(),
                    percentHalfUp(points, (long) MAX_POINTS_PER_QUESTION * section.questions().size()), dontKnow));
        }
        int total = percentHalfUp(allPoints, (long) MAX_POINTS_PER_QUESTION * instrument.questionCount());
        return new ScoreCard(total, sections);
    }
}
