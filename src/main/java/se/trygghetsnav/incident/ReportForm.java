package se.trygghetsnav.incident;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/**
 * The report form as typed: everything is kept as text so that a page with errors shows exactly
 * what the person wrote. {@link #toReport} parses it and names every field it cannot read.
 */
public record ReportForm(String category, String date, String time, String endDate, String endTime, String latitude,
        String longitude, String place, String area, String description, String peopleInvolved, String reportedToPolice) {

    public static ReportForm startingAt(LocalDateTime now) {
        return new ReportForm("", now.toLocalDate().toString(), now.toLocalTime().withSecond(0).withNano(0).toString(), "", "",
                "", "", "", "", "", "", PoliceReport.DONT_KNOW.name());
    }

    /** The parsed report, or the problems that stop it from being one. */
    public Parsed toReport(byte[] photo, String source) {
        List<InputProblem> problems = new ArrayList<>();
        Long categoryId = parseLong(category, "category", "Välj en kategori", problems, true);
        LocalDateTime from = dateTime(date, time, "occurredFrom", problems, true);
        LocalDateTime to = dateTime(endDate, endTime, "occurredTo", problems, false);
        Double lat = parseDouble(latitude, "latitude", problems);
        Double lon = parseDouble(longitude, "longitude", problems);
        Long areaId = parseLong(area, "area", "Välj ett område i listan", problems, false);
        Integer people = null;
        if (!blank(peopleInvolved)) {
            try {
                people = Integer.valueOf(peopleInvolved.strip());
            } catch (NumberFormatException e) {
                problems.add(new InputProblem("peopleInvolved", "Skriv antalet med siffror, till exempel 3"));
            }
        }
        PoliceReport police = PoliceReport.DONT_KNOW;
        if (!blank(reportedToPolice)) {
            try {
                police = PoliceReport.valueOf(reportedToPolice.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem("reportedToPolice", "Välj ja, nej eller vet ej"));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new NewReport(categoryId, from, to, lat, lon, place, areaId, description, people, police, photo, source),
                List.of());
    }

    public record Parsed(NewReport report, List<InputProblem> problems) {}

    private static LocalDateTime dateTime(String date, String time, String field, List<InputProblem> problems, boolean required) {
        if (blank(date)) {
            if (required) {
                problems.add(new InputProblem(field, "Ange datum (ÅÅÅÅ-MM-DD)"));
            } else if (!blank(time)) {
                problems.add(new InputProblem(field, "Ange datum för sluttiden"));
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date.strip());
            LocalTime clock = blank(time) ? (required ? null : LocalTime.of(23, 59)) : LocalTime.parse(time.strip());
            if (clock == null) {
                problems.add(new InputProblem(field, "Ange klockslag (TT:MM)"));
                return null;
            }
            return day.atTime(clock);
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(field, "Skriv datum som ÅÅÅÅ-MM-DD och klockslag som TT:MM"));
            return null;
        }
    }

    private static Long parseLong(String text, String field, String message, List<InputProblem> problems, boolean required) {
        if (blank(text)) {
            if (required) {
                problems.add(new InputProblem(field, message));
            }
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(field, message));
            return null;
        }
    }

    private static Double parseDouble(String text, String field, List<InputProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(field, "Skriv koordinaten som ett decimaltal, till exempel 57.4850"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
