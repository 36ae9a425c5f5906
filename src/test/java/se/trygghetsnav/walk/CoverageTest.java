package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.municipality.Locality;

/** Terms of office, the coverage table and the four-a-year plan, without Spring. */
class CoverageTest {

    private final Locality limmared = new Locality(1, "1452", "Limmared", 57.54, 13.36);
    private final Locality tranemo = new Locality(2, "1452", "Tranemo", 57.48, 13.35);
    private final Locality ljungsarp = new Locality(3, "1452", "Ljungsarp", 57.51, 13.43);
    private final List<Locality> localities = List.of(limmared, tranemo, ljungsarp);

    @Test
    void termsStartOnTheFifteenthOfOctoberOfElectionYears() {
        assertThat(TermOfOffice.of(LocalDate.of(2026, 10, 14))).isEqualTo(new TermOfOffice(2022));
        assertThat(TermOfOffice.of(LocalDate.of(2026, 10, 15))).isEqualTo(new TermOfOffice(2026));
        assertThat(TermOfOffice.of(LocalDate.of(2028, 1, 1))).isEqualTo(new TermOfOffice(2026));
        assertThat(TermOfOffice.of(LocalDate.of(2030, 10, 14))).isEqualTo(new TermOfOffice(2026));
        assertThat(TermOfOffice.of(LocalDate.of(2030, 10, 15)).label()).isEqualTo("2030–2034");
        assertThat(new TermOfOffice(2026).label()).isEqualTo("2026–2030");
        assertThat(new TermOfOffice(2026).end()).isEqualTo(LocalDate.of(2030, 10, 14));
        assertThat(new TermOfOffice(2018).next()).isEqualTo(new TermOfOffice(2022));
        assertThatThrownBy(() -> new TermOfOffice(2025)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableCountsOnlyWalksInTheTerm() {
        TermOfOffice term = new TermOfOffice(2026);
        List<Coverage.Row> table = Coverage.table(term, localities, List.of(
                new Coverage.WalkDate(1, LocalDate.of(2026, 9, 1)),   // the previous term
                new Coverage.WalkDate(1, LocalDate.of(2027, 5, 12)),
                new Coverage.WalkDate(1, LocalDate.of(2028, 5, 10)),
                new Coverage.WalkDate(2, LocalDate.of(2026, 10, 15))));
        assertThat(table).extracting(Coverage.Row::walks).containsExactly(2, 1, 0);
        assertThat(table).extracting(Coverage.Row::lastWalk)
                .containsExactly(LocalDate.of(2028, 5, 10), LocalDate.of(2026, 10, 15), null);
        assertThat(table).extracting(Coverage.Row::covered).containsExactly(true, true, false);
    }

    @Test
    void thePlanHasOneWalkAQuarterAndVisitsUncoveredLocalitiesFirst() {
        TermOfOffice term = new TermOfOffice(2026);
        List<Coverage.Row> table = Coverage.table(term, localities, List.of(
                new Coverage.WalkDate(1, LocalDate.of(2027, 5, 12)),
                new Coverage.WalkDate(2, LocalDate.of(2026, 11, 3))));
        List<Coverage.PlannedWalk> plan = Coverage.plan(term, table, LocalDate.of(2027, 6, 1));
        assertThat(plan).extracting(Coverage.PlannedWalk::date).startsWith(LocalDate.of(2027, 8, 15),
                LocalDate.of(2027, 11, 15), LocalDate.of(2028, 2, 15), LocalDate.of(2028, 5, 15));
        assertThat(plan.get(plan.size() - 1).date()).isEqualTo(LocalDate.of(2030, 8, 15));
        assertThat(plan).hasSize(13);
        // Ljungsarp has had none; then Tranemo (last walk oldest), then Limmared; then round again.
        assertThat(plan).extracting(p -> p.locality().name())
                .startsWith("Ljungsarp", "Tranemo", "Limmared", "Ljungsarp");
        long perYear = plan.stream().filter(p -> p.date().getYear() == 2028).count();
        assertThat(perYear).isEqualTo(4);
    }

    @Test
    void noLocalitiesMeansNoPlan() {
        assertThat(Coverage.plan(new TermOfOffice(2026), List.of(), LocalDate.of(2027, 1, 1))).isEmpty();
    }
}
