package se.trygghetsnav.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/**
 * Answers given to an instrument, checked against it: every id must be a question of the
 * instrument and every value an answer code. Pure; used by pages and the API alike.
 */
public record AnswerSheet(Map<String, AnswerOption> answers, List<InputProblem> problems) {

    public AnswerSheet {
        answers = Map.copyOf(answers);
        problems = List.copyOf(problems);
    }

    /** Reads raw answers (question id -> code); unknown ids and codes become problems. */
    public static AnswerSheet read(Instrument instrument, Map<String, ?> raw) {
        Objects.requireNonNull(raw);
        Map<String, AnswerOption> answers = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        raw.forEach((questionId, value) -> {
            if (instrument.question(questionId).isEmpty()) {
                problems.add(new InputProblem(questionId, "Okänd fråga"));
            } else if (!(value instanceof String code) || AnswerOption.fromCode(code).isEmpty()) {
                problems.add(new InputProblem(questionId, "Okänt svar: " + value + " (tillåtna: YES, PARTLY, NO, DONT_KNOW)"));
            } else {
                answers.put(questionId, AnswerOption.fromCode(code).orElseThrow());
            }
        });
        return new AnswerSheet(answers, problems);
    }

    /** The same sheet with a problem for every question of the instrument that has no answer. */
    public AnswerSheet requireComplete(Instrument instrument) {
        List<InputProblem> all = new ArrayList<>(problems);
        Set<String> reported = new HashSet<>();
        problems.forEach(problem -> reported.add(problem.field()));
        instrument.questions()
                .filter(question -> !answers.containsKey(question.id()) && !reported.contains(question.id()))
                .forEach(question -> all.add(new InputProblem(question.id(), "Svar saknas")));
        return new AnswerSheet(answers, all);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
