package se.trygghetsnav.survey;

import java.util.Arrays;
import java.util.Optional;

/** The answer options Ja, Delvis, Nej, Vet ej. */
public enum AnswerOption {
    YES,
    PARTLY,
    NO,
    DONT_KNOW;

    public static Optional<AnswerOption> fromCode(String code) {
        return Arrays.stream(values()).filter(option -> option.name().equals(code)).findFirst();
    }

    /** Message key of the Swedish/English label, e.g. {@code answer.YES} = "Ja". */
    public String messageKey() {
        return "answer." + name();
    }
}
