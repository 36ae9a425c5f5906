package se.trygghetsnav.platform;

import java.util.List;
import java.util.Objects;

/** Input that is well-formed but breaks the rules; each problem names the offending field. */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.size() + " ogiltiga uppgifter");
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** One offending field (for example a question id) and why. */
    public record InputProblem(String field, String message) {
        public InputProblem {
            Objects.requireNonNull(field);
            Objects.requireNonNull(message);
        }
    }
}
