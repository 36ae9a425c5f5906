package se.trygghetsnav.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;

/** The mapping instrument is Bilaga 1 of seed 003, verbatim and in order. */
class MappingInstrumentFileTest {

    private static Instrument instrument;
    private static String seed;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = MappingInstrumentFileTest.class.getResourceAsStream("/instruments/kartlaggning-trygghetsarbete-v1.json")) {
            instrument = InstrumentCatalog.read(in);
        }
        try (InputStream in = MappingInstrumentFileTest.class.getResourceAsStream("/seeds/003_363c4ee9ed425d37.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void isTheFirstVersionOfTheMapping() {
        assertThat(instrument.id()).isEqualTo(MappingService.INSTRUMENT_ID);
        assertThat(instrument.version()).isEqualTo(1);
    }

    @Test
    void hasFourSectionsAndNineteenQuestions() {
        assertThat(instrument.sections()).extracting(Instrument.Section::title).containsExactly("Politik och planer",
                "Organisation", "Ert arbete och förutsättningar för kommunalt trygghetsarbete", "Extern samverkan");
        assertThat(instrument.questionCount()).isEqualTo(19);
        assertThat(instrument.sections()).extracting(s -> s.questions().size()).containsExactly(4, 4, 7, 4);
        List<String> ids = instrument.questions().map(Instrument.Question::id).toList();
        for (int i = 1; i <= 19; i++) {
            assertThat(ids.get(i - 1)).isEqualTo("q" + i);
        }
    }

    @Test
    void questionsOneToFourSixteenAndSeventeenAreYesNoDontKnow() {
        List<String> choice = instrument.questions().filter(q -> !q.freeText()).map(Instrument.Question::id).toList();
        assertThat(choice).containsExactly("q1", "q2", "q3", "q4", "q16", "q17");
        instrument.questions().filter(q -> !q.freeText())
                .forEach(q -> assertThat(q.options()).containsExactly("YES", "NO", "DONT_KNOW"));
        assertThat(instrument.question("q1").orElseThrow().followUp()).isEqualTo("I så fall vilka?");
        assertThat(instrument.question("q3").orElseThrow().followUp()).isEqualTo("Om ja, kan ni skicka den till oss?");
        assertThat(instrument.question("q3").orElseThrow().acceptsFile()).isTrue();
        assertThat(instrument.question("q1").orElseThrow().acceptsFile()).isFalse();
    }

    @Test
    void everyTextAppearsVerbatimInTheSeedInTheSeedsOrder() {
        List<String> texts = new ArrayList<>(instrument.introduction());
        for (Instrument.Section section : instrument.sections()) {
            texts.add(section.title());
            for (Instrument.Question question : section.questions()) {
                texts.add(question.id().substring(1) + ". " + question.text());
                if (question.followUp() != null) {
                    texts.add(question.followUp());
                }
            }
        }
        int position = seed.indexOf("Bilaga 1. Intervjuformulär");
        assertThat(position).isPositive();
        for (String text : texts) {
            assertThat(text).isNotBlank().isEqualTo(text.strip());
            int found = seed.indexOf(text, position);
            assertThat(found).as("verbatim and in order: %s", text).isGreaterThanOrEqualTo(0);
            position = found + text.length();
        }
        assertThat(position).isLessThan(seed.indexOf("Bilaga 2. Effekter av olika insatser"));
    }
}
