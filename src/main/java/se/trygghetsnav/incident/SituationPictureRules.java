package se.trygghetsnav.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/**
 * The rules of a lägesbild's input, as pure functions. Each problem names the field and carries a
 * message key (picture.error.*), which the service turns into text in the reader's language.
 */
final class SituationPictureRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SHORT_TEXT = 4000;
    static final int MAX_TEXT = 20000;
    static final int MAX_YEARS = 5;

    private SituationPictureRules() {}

    /** A title, both dates, the end not before the start and at most five years from start to end. */
    static List<InputProblem> checkPeriod(String title, LocalDate from, LocalDate to) {
        List<InputProblem> problems = new ArrayList<>();
        checkTitle(title, problems);
        if (from == null) {
            problems.add(new InputProblem("from", "picture.error.from.required"));
        }
        if (to == null) {
            problems.add(new InputProblem("to", "picture.error.to.required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(new InputProblem("to", "picture.error.to.beforeFrom"));
            } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
                problems.add(new InputProblem("to", "picture.error.period.tooLong"));
            }
        }
        return problems;
    }

    /** Texts are optional; each at most {@link #MAX_TEXT} characters. */
    static List<InputProblem> checkTexts(SituationPictureTexts texts) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mappingComment", texts.mappingComment());
        fields.put("otherInformation", texts.otherInformation());
        fields.put("analysis", texts.analysis());
        fields.put("problemSelection", texts.problemSelection());
        fields.put("sourcesUsed", texts.sourcesUsed());
        fields.put("sourcesLeftOut", texts.sourcesLeftOut());
        fields.put("sourceLimitations", texts.sourceLimitations());
        fields.forEach((field, text) -> {
            if (text != null && text.length() > MAX_TEXT) {
                problems.add(new InputProblem(field, "picture.error.text.tooLong"));
            }
        });
        return problems;
    }

    /** A problem needs a title; its texts are limited; a priority is 1 or more. References are checked by the service. */
    static List<InputProblem> checkProblem(SituationPictureProblemForm form) {
        List<InputProblem> problems = new ArrayList<>();
        checkTitle(form.title(), problems);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("finding", form.finding());
        fields.put("whyChosen", form.whyChosen());
        fields.put("specific", form.specific());
        fields.put("measurable", form.measurable());
        fields.put("achievable", form.achievable());
        fields.put("relevant", form.relevant());
        fields.forEach((field, text) -> {
            if (text != null && text.length() > MAX_SHORT_TEXT) {
                problems.add(new InputProblem(field, "picture.error.shortText.tooLong"));
            }
        });
        if (form.priority() != null && (form.priority() < 1 || form.priority() > 999)) {
            problems.add(new InputProblem("priority", "picture.error.priority"));
        }
        return problems;
    }

    private static void checkTitle(String title, List<InputProblem> problems) {
        if (title == null || title.isBlank()) {
            problems.add(new InputProblem("title", "picture.error.title.required"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(new InputProblem("title", "picture.error.title.tooLong"));
        }
    }
}
