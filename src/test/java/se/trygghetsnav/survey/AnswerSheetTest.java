package se.trygghetsnav.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

class AnswerSheetTest {

    private static final Instrument INSTRUMENT = new Instrument("test", 1, "Test", List.of(), List.of(
            new Instrument.Section("s1", "Område", "", List.of(
                    new Instrument.Question("s1.q1", "Ett?", "Råd"),
                    new Instrument.Question("s1.q2", "Två?", "Råd"),
                    new Instrument.Question("s1.q3", "Tre?", "Råd")))), null);

    @Test
    void readsValidAnswers() {
        AnswerSheet sheet = AnswerSheet.read(INSTRUMENT, Map.of("s1.q1", "YES", "s1.q2", "DONT_KNOW", "s1.q3", "PARTLY"))
                .requireComplete(INSTRUMENT);
        assertThat(sheet.isValid()).isTrue();
        assertThat(sheet.answers()).containsEntry("s1.q2", AnswerOption.DONT_KNOW).hasSize(3);
    }

    @Test
    void namesEveryUnknownQuestionUnknownCodeAndMissingAnswerOnce() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("s1.q1", "MAYBE");
        raw.put("s9.q9", "YES");
        raw.put("s1.q2", 5);
        AnswerSheet sheet = AnswerSheet.read(INSTRUMENT, raw).requireComplete(INSTRUMENT);
        assertThat(sheet.isValid()).isFalse();
        assertThat(sheet.problems()).extracting(InputProblem::field).containsExactly("s1.q1", "s9.q9", "s1.q2", "s1.q3");
        assertThat(sheet.problems().get(3).message()).isEqualTo("Svar saknas");
    }

    @Test
    void answerCodesAreCaseSensitiveAndNullIsNoAnswer() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("s1.q1", "yes");
        raw.put("s1.q2", null);
        AnswerSheet sheet = AnswerSheet.read(INSTRUMENT, raw);
        assertThat(sheet.problems()).extracting(InputProblem::field).containsExactly("s1.q1", "s1.q2");
        assertThat(sheet.answers()).isEmpty();
    }
}
