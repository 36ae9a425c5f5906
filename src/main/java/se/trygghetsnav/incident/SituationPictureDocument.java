package se.trygghetsnav.incident;

import java.util.List;
import java.util.Objects;

/** The whole lägesbild: the document, its mapping computed from the period's reports, and its prioritised problems. */
public record SituationPictureDocument(SituationPicture picture, PeriodPictureMapping mapping,
        List<SituationPictureProblem> problems) {

    public SituationPictureDocument {
        Objects.requireNonNull(picture);
        Objects.requireNonNull(mapping);
        problems = List.copyOf(problems);
    }
}
