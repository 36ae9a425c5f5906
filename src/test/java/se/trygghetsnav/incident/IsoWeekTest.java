package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void weeksStartOnMondayAndFollowIso8601() {
        assertThat(IsoWeek.of(LocalDate.of(2026, 11, 23))).hasToString("2026-W48");
        assertThat(IsoWeek.parse("2026-W48").monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(IsoWeek.parse("2026-W48").sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
        // 2027-01-01 is a Friday: it belongs to week 53 of 2026
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(IsoWeek.parse("2026-W01").monday()).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void movesAcrossYears() {
        assertThat(IsoWeek.parse("2026-W01").plus(-1)).hasToString("2025-W52");
        assertThat(IsoWeek.parse("2026-W53").plus(1)).hasToString("2027-W01");
        assertThat(IsoWeek.parse("2026-W10").compareTo(IsoWeek.parse("2026-W09"))).isPositive();
    }

    @Test
    void refusesWeeksThatDoNotExist() {
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2026-W00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2026-W99")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoWeek.parse("vecka 48")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoWeek.parse(null)).isInstanceOf(DateTimeParseException.class);
    }
}
