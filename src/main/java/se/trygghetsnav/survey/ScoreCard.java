package se.trygghetsnav.survey;

import java.util.List;

/** Total and per-section scores (0-100) of one complete set of answers. */
public record ScoreCard(int totalScore, List<SectionScore> sections) {

    public ScoreCard {
        sections = List.copyOf(sections);
    }

    /** {@code dontKnow} counts the Vet ej answers: the section's knowledge gap. */
    public record SectionScore(String sectionId, int score, int dontKnow) {}
}
