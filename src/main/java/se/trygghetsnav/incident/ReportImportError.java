package se.trygghetsnav.incident;

import java.util.Objects;

/**
 * A problem with an imported CSV file: the row (the line number in the file, the header being
 * row 1; 0 for the file as a whole), the column (null when the whole row or file is meant) and
 * why, in Swedish.
 */
public record ReportImportError(int row, String column, String message) {

    public ReportImportError {
        Objects.requireNonNull(message);
    }
}
