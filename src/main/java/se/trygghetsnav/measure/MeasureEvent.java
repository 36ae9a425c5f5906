package se.trygghetsnav.measure;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One entry of a measure's history: a status change or a follow-up note, with the status after it. */
public record MeasureEvent(MeasureStatus status, String note, String authorName, OffsetDateTime createdAt) {

    public MeasureEvent {
        Objects.requireNonNull(status);
        note = note == null ? "" : note;
    }
}
