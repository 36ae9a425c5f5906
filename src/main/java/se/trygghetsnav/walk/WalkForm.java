package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a coordinator types to plan a walk; text as typed, so that a wrong value can be shown again. */
public record WalkForm(String locality, String date, String time, String meetingPoint, String invitedOrganisations,
        String invitation, String route) {

    static final int MAX_TEXT = 4000;

    /** A walk without a route. */
    public WalkForm(String locality, String date, String time, String meetingPoint, String invitedOrganisations,
            String invitation) {
        this(locality, date, time, meetingPoint, invitedOrganisations, invitation, "");
    }

    public static WalkForm empty() {
        return new WalkForm("", "", "18:00", "", "", "", "");
    }

    /** The form filled in with a stored walk and its route, for editing. */
    static WalkForm of(Walk walk, WalkRoute route) {
        return new WalkForm(String.valueOf(walk.localityId()), walk.walkDate().toString(),
                walk.startTime().toString(), walk.meetingPoint(), walk.invitedOrganisations(), walk.invitation(),
                route == null ? "" : route.toGeoJson());
    }

    /** Problems as field → message key; empty when the form can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (localityId() == null) {
            problems.put("locality", "walk.error.locality");
        }
        if (walkDate() == null) {
            problems.put("date", "walk.error.date");
        }
        if (startTime() == null) {
            problems.put("time", "walk.error.time");
        }
        if (length(meetingPoint) > 300 || length(invitedOrganisations) > MAX_TEXT || length(invitation) > MAX_TEXT) {
            problems.put("invitation", "walk.error.tooLong");
        }
        try {
            WalkRoute.parse(route);
        } catch (WalkRoute.InvalidRouteException e) {
            problems.put("route", e.messageKey());
        }
        return problems;
    }

    Long localityId() {
        try {
            return locality == null || locality.isBlank() ? null : Long.valueOf(locality.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    LocalDate walkDate() {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    LocalTime startTime() {
        try {
            return time == null || time.isBlank() ? null : LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The route, or null when none was given; call only when {@link #problems()} is empty. */
    WalkRoute walkRoute() {
        return WalkRoute.parse(route);
    }

    static int length(String text) {
        return text == null ? 0 : text.length();
    }

    static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
