package se.trygghetsnav.measure;

import java.util.Objects;

/** A report category of the municipality that a measure can address. */
public record MeasureCategory(long id, String name, boolean active) {

    public MeasureCategory {
        Objects.requireNonNull(name);
    }
}
