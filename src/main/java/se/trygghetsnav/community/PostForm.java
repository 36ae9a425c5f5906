package se.trygghetsnav.community;

import java.util.Map;

/** Reads the post form (no JavaScript needed): visibility is PUBLIC, GROUP:id or ORGANISATION:id. */
final class PostForm {

    private PostForm() {}

    static PostService.NewPost parse(Map<String, String> params, byte[] photo, Map<String, String> errors) {
        Priority priority = null;
        try {
            priority = Priority.valueOf(params.getOrDefault("priority", ""));
        } catch (IllegalArgumentException e) {
            errors.put("priority", "Välj grön, gul eller röd.");
        }
        Visibility visibility = Visibility.PUBLIC;
        Long groupId = null;
        Long organisationId = null;
        String chosen = params.getOrDefault("visibility", "PUBLIC");
        try {
            if (chosen.startsWith("GROUP:")) {
                visibility = Visibility.GROUP;
                groupId = Long.parseLong(chosen.substring(6));
            } else if (chosen.startsWith("ORGANISATION:")) {
                visibility = Visibility.ORGANISATION;
                organisationId = Long.parseLong(chosen.substring(13));
            } else if (!chosen.equals("PUBLIC")) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.put("visibility", "Välj vem som ska se inlägget.");
        }
        Double latitude = number(params.get("latitude"));
        Double longitude = number(params.get("longitude"));
        Long badge = null;
        String badgeChoice = params.getOrDefault("badge", "");
        if (!badgeChoice.isBlank()) {
            try {
                badge = Long.parseLong(badgeChoice.strip());
            } catch (NumberFormatException e) {
                errors.put("badge", "Välj en organisation.");
            }
        }
        return new PostService.NewPost(params.getOrDefault("body", ""), priority, visibility, groupId, organisationId, latitude,
                longitude, "true".equals(params.get("exact")), badge, params.get("badgeRole"), photo);
    }

    static Double number(String text) {
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
