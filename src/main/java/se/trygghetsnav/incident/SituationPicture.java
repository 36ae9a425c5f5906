package se.trygghetsnav.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A period lägesbild (Lag 2023:196 § 4) as stored: its heading and period, the editable texts of
 * its three parts (mapping comment, other information, analysis) and the choices Brå asks every
 * lägesbild to record (why the problems were chosen, the sources used and left out, their limits).
 */
public record SituationPicture(long id, String municipalityCode, String title, LocalDate from, LocalDate to,
        String mappingComment, String otherInformation, String analysis, String problemSelection, String sourcesUsed,
        String sourcesLeftOut, String sourceLimitations, String createdByName, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, int problemCount) {

    public SituationPicture {
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(title);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    /** A text as its paragraphs: one per non-blank line, for pages that show what was typed. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The editable texts, as the edit forms start from them. */
    public SituationPictureTexts texts() {
        return new SituationPictureTexts(mappingComment, otherInformation, analysis, problemSelection, sourcesUsed,
                sourcesLeftOut, sourceLimitations);
    }
}
