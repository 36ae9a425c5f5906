package se.trygghetsnav.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.measure.MeasureStatus.CANCELLED;
import static se.trygghetsnav.measure.MeasureStatus.DECIDED;
import static se.trygghetsnav.measure.MeasureStatus.DONE;
import static se.trygghetsnav.measure.MeasureStatus.IN_PROGRESS;
import static se.trygghetsnav.measure.MeasureStatus.PROPOSED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.trygghetsnav.platform.Role;

class MeasureStatusTest {

    /** The whole rule as a table: from -> the statuses it may move to. */
    private static final Map<MeasureStatus, Set<MeasureStatus>> ALLOWED = Map.of(
            PROPOSED, EnumSet.of(DECIDED, CANCELLED),
            DECIDED, EnumSet.of(IN_PROGRESS, DONE, CANCELLED),
            IN_PROGRESS, EnumSet.of(DONE, CANCELLED),
            DONE, EnumSet.noneOf(MeasureStatus.class),
            CANCELLED, EnumSet.noneOf(MeasureStatus.class));

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void everyPairOfStatusesFollowsTheTable(MeasureStatus from) {
        for (MeasureStatus to : MeasureStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void noStatusMovesToItselfOrToNothing(MeasureStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
        assertThat(status.canMoveTo(null)).isFalse();
    }

    @Test
    void nextStatusesListTheAllowedOnesInWorkflowOrder() {
        assertThat(PROPOSED.nextStatuses()).containsExactly(DECIDED, CANCELLED);
        assertThat(DECIDED.nextStatuses()).containsExactly(IN_PROGRESS, DONE, CANCELLED);
        assertThat(IN_PROGRESS.nextStatuses()).containsExactly(DONE, CANCELLED);
        assertThat(DONE.nextStatuses()).isEmpty();
        assertThat(CANCELLED.nextStatuses()).isEmpty();
    }

    @Test
    void doneAndCancelledAreFinal() {
        assertThat(EnumSet.allOf(MeasureStatus.class).stream().filter(MeasureStatus::isFinal)).containsExactlyInAnyOrder(DONE, CANCELLED);
    }

    @Test
    void decidingIsForManagersAndTheCoordinatorTheRestForCoordinatorAndAnalysts() {
        assertThat(DECIDED.rolesAllowedToSet()).containsExactlyInAnyOrder(Role.MANAGER, Role.COORDINATOR);
        for (MeasureStatus status : EnumSet.of(PROPOSED, IN_PROGRESS, DONE, CANCELLED)) {
            assertThat(status.rolesAllowedToSet()).as(status.name()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.ANALYST);
        }
    }

    @Test
    void messageKeysNameTheStatus() {
        assertThat(IN_PROGRESS.messageKey()).isEqualTo("measure.status.IN_PROGRESS");
        assertThat(PROPOSED.messageKey()).isEqualTo("measure.status.PROPOSED");
    }
}
