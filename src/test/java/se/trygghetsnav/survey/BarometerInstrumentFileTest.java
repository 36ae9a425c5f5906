package se.trygghetsnav.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The barometer instrument file is seed 000, verbatim and in order, plus our recommendations. */
class BarometerInstrumentFileTest {

    private static Instrument instrument;
    private static String seed;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = BarometerInstrumentFileTest.class.getResourceAsStream("/instruments/trygghetsbarometern-v1.json")) {
            instrument = InstrumentCatalog.read(in);
        }
        try (InputStream in = BarometerInstrumentFileTest.class.getResourceAsStream("/seeds/000_57a61e09539cbac4.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void isTheFirstVersionOfTrygghetsbarometern() {
        assertThat(instrument.id()).isEqualTo("trygghetsbarometern");
        assertThat(instrument.version()).isEqualTo(1);
        assertThat(instrument.title()).isEqualTo("Trygghetsbarometern");
    }

    @Test
    void hasElevenSectionsAndSeventyFiveQuestions() {
        assertThat(instrument.sections()).hasSize(11);
        assertThat(instrument.questionCount()).isEqualTo(75);
        assertThat(instrument.sections()).extracting(s -> s.questions().size())
                .containsExactly(4, 5, 11, 8, 8, 8, 7, 5, 5, 6, 8);
    }

    @Test
    void sectionTitlesAreTheSeedsInOrder() {
        assertThat(instrument.sections()).extracting(Instrument.Section::title).containsExactly(
                "Övergripande säkerhets- och trygghetsarbete", "Säker och trygg stadsbyggnad",
                "Säker och trygg offentlig miljö", "Säker och trygg skola", "Säker och trygg fritid",
                "Organiserad brottslighet", "Våldsbejakande extremism",
                "Hot och våld mot medarbetare och förtroendevalda", "Våld i nära relationer",
                "Hedersrelaterat våld", "Ordningsstörningar");
    }

    @Test
    void everyTextAppearsVerbatimInTheSeedInTheSeedsOrder() {
        List<String> texts = new ArrayList<>(instrument.introduction());
        for (Instrument.Section section : instrument.sections()) {
            texts.add(section.title());
            texts.add(section.introduction());
            section.questions().forEach(q -> texts.add(q.text()));
        }
        texts.add(instrument.contact().introduction());
        texts.addAll(instrument.contact().fields());

        int position = 0;
        for (String text : texts) {
            assertThat(text).isNotBlank().isEqualTo(text.strip());
            int found = seed.indexOf(text, position);
            assertThat(found).as("verbatim and in order: %s", text).isGreaterThanOrEqualTo(0);
            position = found + text.length();
        }
    }

    @Test
    void startTextIsComplete() {
        assertThat(instrument.introduction()).hasSize(5);
        assertThat(instrument.introduction().get(2)).contains("allt är anonymt");
        assertThat(instrument.introduction().get(4)).isEqualTo("Tryck på knappen \"Nästa\" för att sätta igång");
    }

    @Test
    void contactPageHasTheSeedsFields() {
        assertThat(instrument.contact().fields()).containsExactly("Namn", "Titel", "Organisation", "Email");
        assertThat(instrument.contact().introduction()).startsWith("På nästa sida får du möjligheten");
    }

    @Test
    void questionIdsAreStableAndRecommendationsAreWritten() {
        Pattern id = Pattern.compile("s(\\d+)\\.q(\\d+)");
        for (int s = 0; s < instrument.sections().size(); s++) {
            Instrument.Section section = instrument.sections().get(s);
            assertThat(section.id()).isEqualTo("s" + (s + 1));
            for (int q = 0; q < section.questions().size(); q++) {
                Instrument.Question question = section.questions().get(q);
                assertThat(question.id()).matches(id).isEqualTo("s" + (s + 1) + ".q" + (q + 1));
                assertThat(question.recommendation()).as(question.id()).hasSizeBetween(60, 400).endsWith(".");
            }
        }
        assertThat(instrument.questions().map(Instrument.Question::recommendation).distinct().count()).isEqualTo(75);
    }
}
