package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.community.StatisticsBuckets.Bar;
import se.trygghetsnav.community.StatisticsBuckets.Chart;

class StatisticsBucketsTest {

    @Test
    void twelveIsoWeeksEndWithTodaysAndEmptyWeeksAreZero() {
        LocalDate thursday = LocalDate.of(2026, 11, 26); // week 48
        assertThat(StatisticsBuckets.firstMonday(thursday, 12)).isEqualTo(LocalDate.of(2026, 9, 7));
        Chart weeks = StatisticsBuckets.weeks(Map.of(LocalDate.of(2026, 11, 23), 7L, LocalDate.of(2026, 9, 7), 2L), thursday, 12);
        assertThat(weeks.bars()).hasSize(12);
        assertThat(weeks.bars().get(0)).isEqualTo(new Bar("communityStatistics.week", "37", 2, "2", ""));
        assertThat(weeks.bars().get(11).labelArg()).isEqualTo("48");
        assertThat(weeks.bars().get(11).count()).isEqualTo(7);
        assertThat(weeks.bars().subList(1, 11)).allMatch(b -> b.count() == 0);
        assertThat(weeks.total()).isEqualTo(9);
        assertThat(weeks.hasShares()).isFalse();
    }

    @Test
    void weeksAcrossNewYearUseIsoWeekNumbers() {
        Chart weeks = StatisticsBuckets.weeks(Map.of(), LocalDate.of(2027, 1, 3), 2); // Sunday of week 53 of 2026
        assertThat(weeks.bars()).extracting(Bar::labelArg).containsExactly("52", "53");
    }

    @Test
    void hoursOfTheDayAreAllThere() {
        Chart hours = StatisticsBuckets.hours(Map.of(0, 1L, 23, 4L, 17, 8L));
        assertThat(hours.bars()).hasSize(24);
        assertThat(hours.bars().get(0).labelArg()).isEqualTo("00");
        assertThat(hours.bars().get(17).count()).isEqualTo(8);
        assertThat(hours.max()).isEqualTo(8);
        assertThat(hours.length(hours.bars().get(17))).isEqualTo(100.0);
        assertThat(hours.length(hours.bars().get(23))).isEqualTo(50.0);
    }

    @Test
    void prioritiesGetSharesLikeTheSeed() {
        Chart chart = StatisticsBuckets.priorities(Map.of(Priority.GREEN, 35L, Priority.YELLOW, 50L, Priority.RED, 15L));
        assertThat(chart.bars()).extracting(Bar::share).containsExactly("35 %", "50 %", "15 %");
        assertThat(chart.modifier(chart.bars().get(2))).isEqualTo("RED");
        assertThat(StatisticsBuckets.priorities(Map.of()).bars()).extracting(Bar::share).containsOnly("–");
    }

    @Test
    void smallCountsThatCouldPointOutPeopleAreSuppressed() {
        assertThat(StatisticsBuckets.small(0)).isEqualTo("0");
        assertThat(StatisticsBuckets.small(1)).isEqualTo("<5");
        assertThat(StatisticsBuckets.small(4)).isEqualTo("<5");
        assertThat(StatisticsBuckets.small(5)).isEqualTo("5");
        Chart groups = StatisticsBuckets.suppressed(List.of(new SimpleEntry<>("Grannsamverkan", 12L), new SimpleEntry<>("Butiker", 3L)));
        assertThat(groups.bars()).extracting(Bar::shown).containsExactly("12", "<5");
        assertThat(groups.bars()).extracting(Bar::share).containsExactly("80 %", "–");
        assertThat(groups.length(groups.bars().get(1))).isZero();
    }

    @Test
    void percentRoundsHalfUp() {
        assertThat(StatisticsBuckets.percent(1, 8)).isEqualTo("13 %");
        assertThat(StatisticsBuckets.percent(62, 100)).isEqualTo("62 %");
        assertThat(StatisticsBuckets.percent(0, 0)).isEqualTo("–");
    }
}
