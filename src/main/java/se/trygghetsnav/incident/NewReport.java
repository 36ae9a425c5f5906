package se.trygghetsnav.incident;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A report to be filed, already parsed: times are Swedish local time, the point (if any) WGS84.
 * {@code photo} is the uploaded file as received (it is re-encoded before it is stored).
 */
public record NewReport(long categoryId, LocalDateTime occurredFrom, LocalDateTime occurredTo, Double latitude,
        Double longitude, String place, Long areaId, String description, Integer peopleInvolved,
        PoliceReport reportedToPolice, byte[] photo, String source) {

    public NewReport {
        Objects.requireNonNull(occurredFrom);
        Objects.requireNonNull(reportedToPolice);
        Objects.requireNonNull(source);
        description = description == null ? "" : description.strip();
        place = place == null || place.isBlank() ? null : place.strip();
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
