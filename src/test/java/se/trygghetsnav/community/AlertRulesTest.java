package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.community.AlertRules.MemberState;
import se.trygghetsnav.community.AlertRules.Reason;
import se.trygghetsnav.community.AlertRules.Recipient;

class AlertRulesTest {

    private static final String TRANEMO = "1452";
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");

    @Test
    void aRadiusIsFrom100MetresTo5Kilometres() {
        assertThat(AlertRules.validRadius(99)).isFalse();
        assertThat(AlertRules.validRadius(100)).isTrue();
        assertThat(AlertRules.validRadius(5000)).isTrue();
        assertThat(AlertRules.validRadius(5001)).isFalse();
        assertThat(AlertRules.validRadius(-500)).isFalse();
    }

    @Test
    void aZoneNeedsAShortName() {
        assertThat(AlertRules.validName("Hemma")).isTrue();
        assertThat(AlertRules.validName("  ")).isFalse();
        assertThat(AlertRules.validName(null)).isFalse();
        assertThat(AlertRules.validName("x".repeat(61))).isFalse();
    }

    @Test
    void aSharedPositionIsKeptAtMost24Hours() {
        assertThat(AlertRules.positionExpiresAt(NOW, 4)).isEqualTo(NOW.plus(Duration.ofHours(4)));
        assertThat(AlertRules.positionExpiresAt(NOW, 24)).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(AlertRules.positionExpiresAt(NOW, 100)).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(AlertRules.positionExpiresAt(NOW, 0)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(AlertRules.positionActive(NOW.plusSeconds(1), NOW)).isTrue();
        assertThat(AlertRules.positionActive(NOW, NOW)).isFalse();
        assertThat(AlertRules.positionActive(null, NOW)).isFalse();
    }

    @Test
    void aPublicRedPostAlertsZonesAndPositionsInTheCommunityButNotTheAuthorOrPausedMembers() {
        Map<Long, MemberState> members = Map.of(
                1L, member(1, TRANEMO, false, false),
                2L, member(2, TRANEMO, false, false),
                3L, member(3, TRANEMO, true, false),
                4L, member(4, TRANEMO, false, true),
                5L, member(5, "1490", false, false),
                6L, member(6, TRANEMO, false, false));
        var recipients = AlertRules.recipients(post(Visibility.PUBLIC, Priority.RED, 1), new long[] {1, 2, 3, 4, 5},
                new long[] {2, 6, 7}, new long[] {}, members);
        assertThat(recipients).containsExactlyInAnyOrder(
                new Recipient(2, Reason.ZONE, true),
                new Recipient(4, Reason.ZONE, false),
                new Recipient(6, Reason.POSITION, true));
    }

    @Test
    void aGroupPostAlertsTheUnmutedMembersWhereverTheirZonesAre() {
        Map<Long, MemberState> members = Map.of(
                1L, member(1, TRANEMO, false, false),
                8L, member(8, TRANEMO, false, false),
                9L, member(9, "1490", false, true));
        var recipients = AlertRules.recipients(post(Visibility.GROUP, Priority.YELLOW, 1), new long[] {8}, new long[] {},
                new long[] {1, 8, 9}, members);
        assertThat(recipients).containsExactlyInAnyOrder(new Recipient(8, Reason.GROUP, true), new Recipient(9, Reason.GROUP, false));
    }

    @Test
    void greenPostsAndMessagesToOrganisationsAlertNobody() {
        Map<Long, MemberState> members = Map.of(2L, member(2, TRANEMO, false, false));
        assertThat(AlertRules.recipients(post(Visibility.PUBLIC, Priority.GREEN, 1), new long[] {2}, new long[] {2}, new long[] {2},
                members)).isEmpty();
        assertThat(AlertRules.recipients(post(Visibility.ORGANISATION, Priority.RED, 1), new long[] {2}, new long[] {2},
                new long[] {2}, members)).isEmpty();
    }

    private static MemberState member(long id, String municipality, boolean paused, boolean digest) {
        return new MemberState(id, municipality, paused, digest);
    }

    private static PostPublished post(Visibility visibility, Priority priority, long author) {
        return new PostPublished(100, TRANEMO, author, "Anna", visibility, visibility == Visibility.GROUP ? 7L : null,
                visibility == Visibility.ORGANISATION ? 3L : null, priority, "Inbrottsförsök", 57.485, 13.351, NOW);
    }
}
