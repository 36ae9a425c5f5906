package se.trygghetsnav.community;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of who is alerted about a post, and of alert zones and shared positions, as pure
 * functions (no Spring, no database).
 */
public final class AlertRules {

    public static final int MIN_RADIUS_METRES = 100;
    public static final int MAX_RADIUS_METRES = 5000;
    public static final int MAX_NAME_LENGTH = 60;
    public static final Duration MAX_POSITION_AGE = Duration.ofHours(24);

    private AlertRules() {}

    /** Why a member is alerted, in the order that wins when several apply. */
    public enum Reason {
        GROUP,
        ZONE,
        POSITION
    }

    /** What the recipient selection needs to know about a member. */
    public record MemberState(long userId, String municipalityCode, boolean paused, boolean digest) {
        public MemberState {
            Objects.requireNonNull(municipalityCode);
        }
    }

    /** A member to alert; {@code live} is false for digest members (a row only, sent in the morning e-mail). */
    public record Recipient(long userId, Reason reason, boolean live) {}

    public static boolean validRadius(int radiusMetres) {
        return radiusMetres >= MIN_RADIUS_METRES && radiusMetres <= MAX_RADIUS_METRES;
    }

    public static boolean validName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME_LENGTH;
    }

    /** When a position shared now for the wished number of hours is deleted: never later than 24 hours. */
    public static Instant positionExpiresAt(Instant sharedAt, int hours) {
        Duration wanted = Duration.ofHours(Math.max(1, hours));
        return sharedAt.plus(wanted.compareTo(MAX_POSITION_AGE) > 0 ? MAX_POSITION_AGE : wanted);
    }

    /** A shared position counts for alerts only before it expires. */
    public static boolean positionActive(Instant expiresAt, Instant now) {
        return expiresAt != null && now.isBefore(expiresAt);
    }

    /**
     * Who gets an alert about a post. YELLOW and RED only. PUBLIC posts: members of the post's
     * community whose zone ({@code zoneUsers}) or shared position ({@code positionUsers}) covers it;
     * GROUP posts: the group's members who have not muted it ({@code unmutedGroupMembers}).
     * Never the author; paused members get nothing; digest members get the row but no live alert.
     * Members missing from {@code members} (not in the community) are skipped.
     */
    public static List<Recipient> recipients(PostPublished post, long[] zoneUsers, long[] positionUsers,
            long[] unmutedGroupMembers, Map<Long, MemberState> members) {
        if (!post.priority().alerts()) {
            return List.of();
        }
        Map<Long, Reason> candidates = new LinkedHashMap<>();
        if (post.visibility() == Visibility.PUBLIC) {
            for (long user : zoneUsers) {
                candidates.putIfAbsent(user, Reason.ZONE);
            }
            for (long user : positionUsers) {
                candidates.putIfAbsent(user, Reason.POSITION);
            }
        } else if (post.visibility() == Visibility.GROUP) {
            for (long user : unmutedGroupMembers) {
                candidates.putIfAbsent(user, Reason.GROUP);
            }
        }
        List<Recipient> recipients = new ArrayList<>(candidates.size());
        for (Map.Entry<Long, Reason> candidate : candidates.entrySet()) {
            long user = candidate.getKey();
            MemberState member = members.get(user);
            if (user == post.authorId() || member == null || member.paused()) {
                continue;
            }
            if (candidate.getValue() != Reason.GROUP && !member.municipalityCode().equals(post.municipalityCode())) {
                continue;
            }
            recipients.add(new Recipient(user, candidate.getValue(), !member.digest()));
        }
        return recipients;
    }
}
