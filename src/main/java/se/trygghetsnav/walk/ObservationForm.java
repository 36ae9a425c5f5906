package se.trygghetsnav.walk;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is typed on a phone for one observation (the photo comes separately). */
public record ObservationForm(String category, String latitude, String longitude, String seen, String improvement,
        String whoShouldAct) {

    public static ObservationForm empty() {
        return new ObservationForm("", "", "", "", "", "");
    }

    /** Problems as field → message key; empty when the observation can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (walkCategory() == null) {
            problems.put("category", "walk.error.category");
        }
        boolean hasLat = latitude != null && !latitude.isBlank();
        boolean hasLon = longitude != null && !longitude.isBlank();
        Double lat = number(latitude);
        Double lon = number(longitude);
        if (hasLat != hasLon || (hasLat && (lat == null || lat < -90 || lat > 90)) || (hasLon && (lon == null || lon < -180 || lon > 180))) {
            problems.put("latitude", "walk.error.position");
        }
        if (seen == null || seen.isBlank()) {
            problems.put("seen", "walk.error.seen");
        } else if (seen.length() > WalkForm.MAX_TEXT) {
            problems.put("seen", "walk.error.tooLong");
        }
        if (WalkForm.length(improvement) > WalkForm.MAX_TEXT || WalkForm.length(whoShouldAct) > 200) {
            problems.put("improvement", "walk.error.tooLong");
        }
        return problems;
    }

    WalkCategory walkCategory() {
        for (WalkCategory c : WalkCategory.values()) {
            if (c.name().equals(category)) {
                return c;
            }
        }
        return null;
    }

    Double lat() {
        return number(latitude);
    }

    Double lon() {
        return number(longitude);
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
