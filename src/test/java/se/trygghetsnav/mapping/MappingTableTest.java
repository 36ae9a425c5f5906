package se.trygghetsnav.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.survey.Instrument;

class MappingTableTest {

    private static final List<String> OPTIONS = List.of("YES", "NO", "DONT_KNOW");
    private static final Instrument INSTRUMENT = new Instrument("t", 1, "T", List.of(), List.of(
            new Instrument.Section("s1", "Del", null, List.of(
                    new Instrument.Question("q1", "Ett?", null, "CHOICE", OPTIONS, null, null),
                    new Instrument.Question("q2", "Två?", null, "TEXT", null, null, null),
                    new Instrument.Question("q3", "Tre?", null, "CHOICE", OPTIONS, "Vilka?", true)))), null);

    @Test
    void countsAndWholePercentRoundedHalfUpOfTheMunicipalitiesThatAnswered() {
        List<Map<String, String>> sheets = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            Map<String, String> sheet = new HashMap<>();
            sheet.put("q1", i < 21 ? "YES" : i < 25 ? "NO" : "DONT_KNOW");
            sheet.put("q2", "fritext");
            sheet.put("q3", i < 9 ? "YES" : "NO");
            sheets.add(sheet);
        }
        MappingTable table = MappingTable.of(INSTRUMENT, sheets);
        assertThat(table.respondents()).isEqualTo(26);
        assertThat(table.questions()).extracting(MappingTable.Row::id).containsExactly("q1", "q3");
        assertThat(table.row("q1").counts()).containsExactly(Map.entry("YES", 21), Map.entry("NO", 4), Map.entry("DONT_KNOW", 1));
        assertThat(table.row("q1").percent()).containsExactly(Map.entry("YES", 81), Map.entry("NO", 15), Map.entry("DONT_KNOW", 4));
        assertThat(table.row("q3").percent()).containsExactly(Map.entry("YES", 35), Map.entry("NO", 65), Map.entry("DONT_KNOW", 0));
    }

    @Test
    void halvesRoundUp() {
        assertThat(MappingTable.percent(1, 8)).isEqualTo(13); // 12.5
        assertThat(MappingTable.percent(1, 200)).isEqualTo(1); // 0.5
        assertThat(MappingTable.percent(1, 3)).isEqualTo(33);
        assertThat(MappingTable.percent(2, 3)).isEqualTo(67);
        assertThat(MappingTable.percent(21, 26)).isEqualTo(81);
        assertThat(MappingTable.percent(5, 26)).isEqualTo(19);
    }

    @Test
    void noRespondentsGiveZeroes() {
        MappingTable table = MappingTable.of(INSTRUMENT, List.of());
        assertThat(table.respondents()).isZero();
        assertThat(table.row("q1").percent().values()).containsOnly(0);
    }
}
