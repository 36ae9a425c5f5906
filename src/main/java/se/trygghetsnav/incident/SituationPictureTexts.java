package se.trygghetsnav.incident;

/**
 * The editable texts of a lägesbild. A null text is left as it is, so a form that holds only one
 * part (or an API call that sends only the analysis) changes only that part.
 */
public record SituationPictureTexts(String mappingComment, String otherInformation, String analysis,
        String problemSelection, String sourcesUsed, String sourcesLeftOut, String sourceLimitations) {

    public static SituationPictureTexts unchanged() {
        return new SituationPictureTexts(null, null, null, null, null, null, null);
    }
}
