package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a coordinator types to record or change a citizen promise, and the API's request body. Text
 * as typed (dates too), so that a wrong value is shown again and gives 422, never 400 or 500.
 *
 * @param focusProblems focus problems, one a line
 * @param partyIds organisations of the municipality that are parties to the promise
 */
public record CitizenPromiseForm(String title, String text, String periodFrom, String periodTo, String focusProblems,
        List<Long> partyIds, Boolean published) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 8000;

    public CitizenPromiseForm {
        partyIds = partyIds == null ? List.of() : partyIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    public static CitizenPromiseForm empty(LocalDate today) {
        return new CitizenPromiseForm("", "", LocalDate.of(today.getYear(), 1, 1).toString(),
                LocalDate.of(today.getYear() + 1, 12, 31).toString(), "", List.of(), false);
    }

    public static CitizenPromiseForm of(CitizenPromise promise) {
        return new CitizenPromiseForm(promise.title(), promise.text(), promise.periodFrom().toString(),
                promise.periodTo().toString(), String.join("\n", promise.focusProblems()),
                promise.parties().stream().map(CitizenPromise.Party::id).toList(), promise.published());
    }

    /** Problems as field → message key; empty when the form can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            problems.put("title", "promise.error.title");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            problems.put("text", "promise.error.text");
        }
        LocalDate from = from();
        LocalDate to = to();
        if (from == null) {
            problems.put("periodFrom", "promise.error.date");
        }
        if (to == null) {
            problems.put("periodTo", "promise.error.date");
        } else if (from != null && to.isBefore(from)) {
            problems.put("periodTo", "promise.error.period");
        } else if (from != null && to.getYear() - from.getYear() > 10) {
            problems.put("periodTo", "promise.error.periodLength");
        }
        if (WalkForm.length(focusProblems) > 4000 || focusProblemList().stream().anyMatch(p -> p.length() > 200)) {
            problems.put("focusProblems", "promise.error.focus");
        }
        return problems;
    }

    public boolean isPublished() {
        return Boolean.TRUE.equals(published);
    }

    LocalDate from() {
        return date(periodFrom);
    }

    LocalDate to() {
        return date(periodTo);
    }

    /** The focus problems without blank lines or duplicates. */
    List<String> focusProblemList() {
        return focusProblems == null ? List.of()
                : Arrays.stream(focusProblems.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static LocalDate date(String text) {
        try {
            LocalDate date = text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            return date == null || date.getYear() < 2000 || date.getYear() > 2100 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
