package se.trygghetsnav.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureOverdueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"PROPOSED", "DECIDED", "IN_PROGRESS"})
    void anOpenMeasurePastItsDueDateIsOverdue(MeasureStatus status) {
        assertThat(measure(status, TODAY.minusDays(1)).overdue(TODAY)).isTrue();
        assertThat(measure(status, TODAY.minusYears(1)).overdue(TODAY)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"DONE", "CANCELLED"})
    void aClosedMeasureIsNeverOverdue(MeasureStatus status) {
        assertThat(measure(status, TODAY.minusDays(1)).overdue(TODAY)).isFalse();
        assertThat(measure(status, TODAY.minusYears(1)).overdue(TODAY)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void dueTodayOrLaterIsNotOverdue(MeasureStatus status) {
        assertThat(measure(status, TODAY).overdue(TODAY)).isFalse();
        assertThat(measure(status, TODAY.plusDays(1)).overdue(TODAY)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void withoutADueDateNothingIsOverdue(MeasureStatus status) {
        assertThat(measure(status, null).overdue(TODAY)).isFalse();
    }

    @Test
    void categoriesAreNeverNull() {
        Measure measure = new Measure(1, "1498", "Belysning", "", "", null, null, null, null, null, null, null,
                MeasureStatus.PROPOSED, null, OffsetDateTime.now(), null);
        assertThat(measure.categoryIds()).isEmpty();
    }

    private static Measure measure(MeasureStatus status, LocalDate due) {
        return new Measure(1, "1498", "Belysning i parken", "", "", null, null, null, null, null, null, due, status, null,
                OffsetDateTime.now(), List.of());
    }
}
