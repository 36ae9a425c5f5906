package se.trygghetsnav.measure;

/** Which measures to list; a null status or area means any, {@code overdueOnly} keeps the overdue ones. */
public record MeasureFilter(MeasureStatus status, Long areaId, boolean overdueOnly) {

    public static MeasureFilter all() {
        return new MeasureFilter(null, null, false);
    }
}
