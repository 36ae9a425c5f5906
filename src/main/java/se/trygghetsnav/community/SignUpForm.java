package se.trygghetsnav.community;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What a person types to sign up; {@link #problems()} names each bad field with a message key. */
record SignUpForm(String email, String password, String displayName, String municipality, String kind, String profileText,
        boolean acceptCode) {

    static final int MIN_PASSWORD = 12;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    static SignUpForm from(Map<String, String> params) {
        return new SignUpForm(params.getOrDefault("email", "").strip(), params.getOrDefault("password", ""),
                params.getOrDefault("displayName", "").strip(), params.getOrDefault("municipality", "").strip(),
                params.getOrDefault("kind", "RESIDENT"), params.getOrDefault("profileText", "").strip(),
                "true".equals(params.get("acceptCode")));
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.put("email", "community.signup.error.email");
        }
        if (password.length() < MIN_PASSWORD || password.length() > 200) {
            problems.put("password", "community.signup.error.password");
        }
        problems.putAll(ProfileRules.problems(displayName, profileText));
        if (!municipality.matches("\\d{4}")) {
            problems.put("municipality", "community.signup.error.municipality");
        }
        if (!kind.equals("RESIDENT") && !kind.equals("BUSINESS")) {
            problems.put("kind", "community.signup.error.kind");
        }
        if (!acceptCode) {
            problems.put("acceptCode", "community.signup.error.consent");
        }
        return problems;
    }

    MemberKind memberKind() {
        return MemberKind.valueOf(kind);
    }
}
