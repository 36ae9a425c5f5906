package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.walk.YearWheel.Entry;
import se.trygghetsnav.walk.YearWheel.Kind;

class YearWheelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Entry entry(Kind kind, long id, LocalDate date, boolean done) {
        return new Entry(kind, id, "", date, null, null, "x", "x " + id, "", "", "/x/" + id, done);
    }

    @Test
    void entriesAreGroupedByMonthInDateOrderAndOtherYearsAreLeftOut() {
        Entry late = entry(Kind.MEASURE_DEADLINE, 1, LocalDate.of(2026, 3, 20), false);
        Entry early = entry(Kind.GROUP_MEETING, 2, LocalDate.of(2026, 3, 2), true);
        Entry evening = new Entry(Kind.WALK, 3, "", LocalDate.of(2026, 3, 20), LocalTime.of(18, 0), LocalTime.of(20, 0),
                "Limmared", "Trygghetsvandring i Limmared", "", "", "/w/3", true);
        Entry morning = new Entry(Kind.SAFETY_MEETING, 4, "", LocalDate.of(2026, 3, 20), LocalTime.of(9, 0), LocalTime.of(10, 0),
                "Limmared", "Trygghetsmöte", "", "", "/m/4", true);
        Entry nextYear = entry(Kind.WALK, 5, LocalDate.of(2027, 1, 5), false);
        YearWheel wheel = new YearWheel(2026, TODAY, List.of(late, nextYear, evening, early, morning));

        assertThat(wheel.byMonth()).hasSize(12);
        assertThat(wheel.byMonth().keySet()).first().isEqualTo(Month.JANUARY);
        // whole days (no time) come first on a day, then by time of day
        assertThat(wheel.byMonth().get(Month.MARCH)).containsExactly(early, late, morning, evening);
        assertThat(wheel.byMonth().get(Month.JANUARY)).isEmpty();
        assertThat(wheel.entries()).doesNotContain(nextYear);
    }

    @Test
    void onlyOpenDeadlinesInThePastAreOverdue() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(YearWheel.overdue(entry(Kind.WALK, 1, yesterday, false), TODAY)).as("walk not completed").isTrue();
        assertThat(YearWheel.overdue(entry(Kind.WALK, 1, yesterday, true), TODAY)).as("walk completed").isFalse();
        assertThat(YearWheel.overdue(entry(Kind.WALK_FOLLOW_UP_MEETING, 1, yesterday, false), TODAY)).isTrue();
        assertThat(YearWheel.overdue(entry(Kind.WALK_FEEDBACK, 1, yesterday, false), TODAY)).isTrue();
        assertThat(YearWheel.overdue(entry(Kind.MEASURE_DEADLINE, 1, yesterday, false), TODAY)).isTrue();
        assertThat(YearWheel.overdue(entry(Kind.MEASURE_DEADLINE, 1, yesterday, true), TODAY)).isFalse();
        assertThat(YearWheel.overdue(entry(Kind.PROMISE_ACTIVITY, 1, yesterday, false), TODAY)).isTrue();
        assertThat(YearWheel.overdue(entry(Kind.PROMISE_FOLLOW_UP, 1, yesterday, false), TODAY)).isTrue();
        assertThat(YearWheel.overdue(entry(Kind.PROMISE_FOLLOW_UP, 1, TODAY, false), TODAY)).as("due today").isFalse();
        assertThat(YearWheel.overdue(entry(Kind.SAFETY_MEETING, 1, yesterday, false), TODAY)).as("an event").isFalse();
        assertThat(YearWheel.overdue(entry(Kind.GROUP_MEETING, 1, yesterday, false), TODAY)).as("an event").isFalse();
        assertThat(YearWheel.overdue(entry(Kind.GROUP_MEETING_DUE, 1, yesterday, false), TODAY)).as("group should have met").isTrue();
    }

    @Test
    void monthsAreCountedWithTheirOverdueEntries() {
        YearWheel wheel = new YearWheel(2026, TODAY, List.of(
                entry(Kind.MEASURE_DEADLINE, 1, LocalDate.of(2026, 2, 1), false),
                entry(Kind.MEASURE_DEADLINE, 2, LocalDate.of(2026, 2, 2), true),
                entry(Kind.GROUP_MEETING, 3, LocalDate.of(2026, 2, 3), false),
                entry(Kind.PROMISE_ACTIVITY, 4, LocalDate.of(2026, 9, 1), false)));
        assertThat(wheel.counts().get(1)).isEqualTo(new YearWheel.MonthCount(Month.FEBRUARY, 3, 1));
        assertThat(wheel.counts().get(8)).isEqualTo(new YearWheel.MonthCount(Month.SEPTEMBER, 1, 0));
        assertThat(wheel.overdueCount()).isEqualTo(1);
        assertThat(wheel.maxMonthCount()).isEqualTo(3);
    }

    @Test
    void theRingHasTwelveSegmentsShadedByCount() {
        YearWheel wheel = new YearWheel(2026, TODAY, List.of(
                entry(Kind.GROUP_MEETING, 1, LocalDate.of(2026, 1, 1), true),
                entry(Kind.GROUP_MEETING, 2, LocalDate.of(2026, 1, 2), true),
                entry(Kind.GROUP_MEETING, 3, LocalDate.of(2026, 1, 3), true),
                entry(Kind.GROUP_MEETING, 4, LocalDate.of(2026, 1, 4), true),
                entry(Kind.GROUP_MEETING, 5, LocalDate.of(2026, 7, 1), true)));
        List<YearWheel.RingSegment> ring = wheel.ring();
        assertThat(ring).hasSize(12);
        assertThat(ring.get(0).level()).isEqualTo(4);
        assertThat(ring.get(6).level()).isEqualTo(1);
        assertThat(ring.get(3).level()).isZero();
        assertThat(ring.get(0).path()).startsWith("M").endsWith("Z").doesNotContain("NaN");
        // January sits at the top right of the ring: its label is above the centre and right of it
        assertThat(Double.parseDouble(ring.get(0).labelY())).isLessThan(100);
        assertThat(Double.parseDouble(ring.get(0).labelX())).isGreaterThan(100);
    }

    @Test
    void uidsAreStable() {
        assertThat(entry(Kind.WALK, 12, TODAY, false).uid()).isEqualTo("walk-12");
        assertThat(new Entry(Kind.PROMISE_FOLLOW_UP, 3, "2026", TODAY, null, null, "", "t", "", "", "/", false).uid())
                .isEqualTo("promise-follow-up-3-2026");
    }
}
