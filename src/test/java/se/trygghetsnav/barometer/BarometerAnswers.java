package se.trygghetsnav.barometer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import se.trygghetsnav.survey.AnswerOption;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;

/** Test data: complete answer sets for the barometer, built from the real instrument. */
final class BarometerAnswers {

    static final Instrument INSTRUMENT = new InstrumentCatalog().latest("trygghetsbarometern").orElseThrow();

    private final Map<String, String> answers = new LinkedHashMap<>();

    private BarometerAnswers(Function<Instrument.Question, AnswerOption> rule) {
        INSTRUMENT.questions().forEach(q -> answers.put(q.id(), rule.apply(q).name()));
    }

    static BarometerAnswers allAnswered(AnswerOption option) {
        return new BarometerAnswers(q -> option);
    }

    BarometerAnswers with(String questionId, AnswerOption option) {
        answers.put(questionId, option.name());
        return this;
    }

    BarometerAnswers without(String questionId) {
        answers.remove(questionId);
        return this;
    }

    Map<String, String> asMap() {
        return answers;
    }
}
