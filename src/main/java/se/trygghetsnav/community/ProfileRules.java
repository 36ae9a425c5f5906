package se.trygghetsnav.community;

import java.util.LinkedHashMap;
import java.util.Map;

/** A member's display name and profile text. Pure. */
final class ProfileRules {

    static final int MAX_NAME = 100;
    static final int MAX_PROFILE = 1000;

    private ProfileRules() {}

    static Map<String, String> problems(String displayName, String profileText) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_NAME) {
            problems.put("displayName", "community.profile.error.name");
        }
        if (profileText != null && profileText.strip().length() > MAX_PROFILE) {
            problems.put("profileText", "community.profile.error.text");
        }
        return problems;
    }
}
