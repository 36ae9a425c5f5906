package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.incident.PeriodPictureMapping.Dimension;
import se.trygghetsnav.incident.PeriodPictureMapping.Named;
import se.trygghetsnav.incident.PeriodPictureMapping.NamedCount;
import se.trygghetsnav.incident.PeriodPictureMapping.Tally;

/** The mapping built from counts aggregated in SQL: ordering, empty months, shares and the busiest times. */
class SituationPictureMappingTest {

    private static final List<Named> CATEGORIES = List.of(new Named(1, "Skadegörelse"), new Named(2, "Klotter"),
            new Named(3, "Nedskräpning"));
    private static final List<Named> AREAS = List.of(new Named(10, "Centrum"), new Named(11, "Limmared"), new Named(12, "Dalstorp"));

    @Test
    void countsAreOrderedMostFirstAndEmptyCategoriesLeftOutButEveryAreaKept() {
        PeriodPictureMapping mapping = PeriodPictureMapping.compile(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(
                tally(Dimension.CATEGORY, "1", 2), tally(Dimension.CATEGORY, "2", 5),
                tally(Dimension.AREA, "11", 4), tally(Dimension.AREA, "10", 1), tally(Dimension.AREA, null, 2),
                tally(Dimension.MONTH, "2025-02", 7)), CATEGORIES, AREAS);

        assertThat(mapping.total()).isEqualTo(7);
        assertThat(mapping.categories()).containsExactly(new NamedCount(2, "Klotter", 5), new NamedCount(1, "Skadegörelse", 2));
        assertThat(mapping.areas()).containsExactly(new NamedCount(11, "Limmared", 4), new NamedCount(10, "Centrum", 1),
                new NamedCount(12, "Dalstorp", 0));
        assertThat(mapping.withoutArea()).isEqualTo(2);
        assertThat(mapping.maxCategory()).isEqualTo(5);
        assertThat(mapping.maxArea()).isEqualTo(4);
        assertThat(mapping.share(5)).isEqualByComparingTo("71.4");
    }

    @Test
    void everyMonthOfThePeriodIsPresentAlsoAcrossTheTurnOfTheYear() {
        PeriodPictureMapping mapping = PeriodPictureMapping.compile(LocalDate.of(2024, 11, 15), LocalDate.of(2025, 2, 3), List.of(
                tally(Dimension.MONTH, "2024-11", 3), tally(Dimension.MONTH, "2025-02", 1)), CATEGORIES, AREAS);

        assertThat(mapping.months()).extracting(PeriodPictureMapping.MonthCount::month)
                .containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
        assertThat(mapping.months()).extracting(PeriodPictureMapping.MonthCount::count).containsExactly(3L, 0L, 0L, 1L);
        assertThat(mapping.maxMonth()).isEqualTo(3);
    }

    @Test
    void thePoliceShareIsOfAllReportsWithOneDecimal() {
        PeriodPictureMapping mapping = PeriodPictureMapping.compile(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), List.of(
                tally(Dimension.MONTH, "2025-01", 3), tally(Dimension.POLICE, "YES", 1), tally(Dimension.POLICE, "NO", 1),
                tally(Dimension.POLICE, "DONT_KNOW", 1)), CATEGORIES, AREAS);

        assertThat(mapping.police().yes()).isEqualTo(1);
        assertThat(mapping.police().no()).isEqualTo(1);
        assertThat(mapping.police().dontKnow()).isEqualTo(1);
        assertThat(mapping.police().percentReported()).isEqualTo(new BigDecimal("33.3"));
    }

    @Test
    void theBusiestWeekdayAndHourAreTheLargestAndTiesGoToTheEarliest() {
        PeriodPictureMapping mapping = PeriodPictureMapping.compile(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), List.of(
                tally(Dimension.MONTH, "2025-01", 8),
                tally(Dimension.WEEKDAY, "5", 3), tally(Dimension.WEEKDAY, "6", 3), tally(Dimension.WEEKDAY, "1", 2),
                tally(Dimension.HOUR, "22", 4), tally(Dimension.HOUR, "23", 1), tally(Dimension.HOUR, "0", 3)), CATEGORIES, AREAS);

        assertThat(mapping.busiestWeekday()).isEqualTo(5);
        assertThat(mapping.busiestHour()).isEqualTo(22);
        assertThat(mapping.weekdays()).hasSize(7);
        assertThat(mapping.hours()).hasSize(24);
        assertThat(mapping.hours().get(0).count()).isEqualTo(3);
        assertThat(mapping.maxWeekday()).isEqualTo(3);
        assertThat(mapping.maxHour()).isEqualTo(4);
    }

    @Test
    void aPeriodWithoutReportsHasZerosAndNoShareOrBusiestTime() {
        PeriodPictureMapping mapping = PeriodPictureMapping.compile(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), List.of(),
                CATEGORIES, AREAS);

        assertThat(mapping.total()).isZero();
        assertThat(mapping.categories()).isEmpty();
        assertThat(mapping.areas()).hasSize(3).allMatch(area -> area.count() == 0);
        assertThat(mapping.months()).hasSize(3);
        assertThat(mapping.police().percentReported()).isNull();
        assertThat(mapping.busiestWeekday()).isNull();
        assertThat(mapping.busiestHour()).isNull();
        assertThat(mapping.share(0)).isNull();
        assertThat(mapping.maxMonth()).isEqualTo(1);
    }

    private static Tally tally(Dimension dimension, String key, long count) {
        return new Tally(dimension, key, count);
    }
}
