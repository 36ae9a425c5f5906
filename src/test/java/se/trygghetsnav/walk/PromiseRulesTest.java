package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromiseRulesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private static final LocalDate TO = LocalDate.of(2027, 6, 30);

    @Test
    void aPromiseIsCurrentFromItsFirstToItsLastDay() {
        assertThat(PromiseRules.current(FROM, TO, FROM)).isTrue();
        assertThat(PromiseRules.current(FROM, TO, TO)).isTrue();
        assertThat(PromiseRules.current(FROM, TO, FROM.minusDays(1))).isFalse();
        assertThat(PromiseRules.current(FROM, TO, TO.plusDays(1))).isFalse();
    }

    @Test
    void everyYearThePeriodTouchesIsFollowedUpAtTheEndOfTheYearOrOfThePeriod() {
        assertThat(PromiseRules.followUpYears(FROM, TO)).containsExactly(2025, 2026, 2027);
        assertThat(PromiseRules.followUpDue(FROM, TO, 2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(PromiseRules.followUpDue(FROM, TO, 2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PromiseRules.followUpDue(FROM, TO, 2027)).isEqualTo(TO);
        assertThatThrownBy(() -> PromiseRules.followUpDue(FROM, TO, 2028)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenActivityPastItsDueDateIsOverdue() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(PromiseRules.activityOverdue(PromiseActivityStatus.PLANNED, today.minusDays(1), today)).isTrue();
        assertThat(PromiseRules.activityOverdue(PromiseActivityStatus.ONGOING, today.minusDays(1), today)).isTrue();
        assertThat(PromiseRules.activityOverdue(PromiseActivityStatus.ONGOING, today, today)).isFalse();
        assertThat(PromiseRules.activityOverdue(PromiseActivityStatus.DONE, today.minusDays(1), today)).isFalse();
        assertThat(PromiseRules.activityOverdue(PromiseActivityStatus.CANCELLED, today.minusDays(1), today)).isFalse();
        assertThat(PromiseRules.activityOverdue(PromiseActivityStatus.PLANNED, null, today)).isFalse();
    }

    @Test
    void theDefaultFollowUpYearLiesInThePeriod() {
        assertThat(PromiseRules.defaultFollowUpYear(FROM, TO, LocalDate.of(2026, 5, 1))).isEqualTo(2026);
        assertThat(PromiseRules.defaultFollowUpYear(FROM, TO, LocalDate.of(2030, 5, 1))).isEqualTo(2027);
        assertThat(PromiseRules.defaultFollowUpYear(FROM, TO, LocalDate.of(2020, 5, 1))).isEqualTo(2025);
    }

    @Test
    void theFormReportsEveryBadField() {
        CitizenPromiseForm bad = new CitizenPromiseForm(" ", "", "2026-13-01", "igår", "x".repeat(201), null, null);
        assertThat(bad.problems()).containsOnlyKeys("title", "text", "periodFrom", "periodTo", "focusProblems");
        CitizenPromiseForm backwards = new CitizenPromiseForm("Trygg centrumkväll", "Vi lovar", "2026-06-01", "2026-01-01", "", null, true);
        assertThat(backwards.problems()).containsEntry("periodTo", "promise.error.period");
        CitizenPromiseForm good = new CitizenPromiseForm("Trygg centrumkväll", "Vi lovar", "2026-01-01", "2027-12-31",
                "Öppen narkotikahandel\n\n trafiksäkerhet \nÖppen narkotikahandel", java.util.Arrays.asList(3L, null, 3L), true);
        assertThat(good.problems()).isEmpty();
        assertThat(good.focusProblemList()).containsExactly("Öppen narkotikahandel", "trafiksäkerhet");
        assertThat(good.partyIds()).containsExactly(3L);
    }

    @Test
    void theActivityFormReportsBadOwnerStatusAndDate() {
        assertThat(new PromiseActivityForm("Kvällspatrull", "polisen", "KLAR", "2026-02-30").problems())
                .containsOnlyKeys("owner", "status", "dueDate");
        assertThat(new PromiseActivityForm("Kvällspatrull", "", "ongoing", "").problems()).isEmpty();
        assertThat(new PromiseActivityForm("", "", "DONE", "").problems()).containsOnlyKeys("description");
    }
}
