package se.trygghetsnav.community;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which moderation action is allowed on what: pure rules, shared by the pages and the API.
 * Content is visible, hidden (can be restored) or removed (can be restored by a moderator only).
 * Group admins act on their group's content but cannot ban from the platform; dismissing needs an
 * open report; a ban from a group needs group content; nobody is banned twice.
 */
public final class ModerationRules {

    /** The state of reported content. */
    public enum ContentState {
        VISIBLE,
        HIDDEN,
        REMOVED;

        static ContentState of(boolean hidden, boolean removed) {
            return removed ? REMOVED : hidden ? HIDDEN : VISIBLE;
        }
    }

    /** What the rules need to know about a report, its content and who acts. */
    public record Situation(ContentState state, boolean reportOpen, boolean groupContent, boolean authorKnown,
            boolean authorBannedFromGroup, boolean authorBannedFromPlatform, boolean actorIsModerator) {}

    private ModerationRules() {}

    public static boolean allowed(ModerationActionKind action, Situation s) {
        return switch (action) {
            case HIDE -> s.state() == ContentState.VISIBLE;
            case REMOVE -> s.state() != ContentState.REMOVED;
            case RESTORE -> s.state() == ContentState.HIDDEN || s.state() == ContentState.REMOVED && s.actorIsModerator();
            case DISMISS -> s.reportOpen();
            case WARN -> s.authorKnown();
            case BAN_GROUP -> s.groupContent() && s.authorKnown() && !s.authorBannedFromGroup();
            case BAN_PLATFORM -> s.actorIsModerator() && s.authorKnown() && !s.authorBannedFromPlatform();
        };
    }

    public static Set<ModerationActionKind> allowedActions(Situation s) {
        Set<ModerationActionKind> actions = EnumSet.noneOf(ModerationActionKind.class);
        for (ModerationActionKind action : ModerationActionKind.values()) {
            if (allowed(action, s)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Whether acting closes the report (all but restoring, which follows an earlier action). */
    public static boolean closesReport(ModerationActionKind action) {
        return action != ModerationActionKind.RESTORE;
    }

    public static final int MAX_REASON = 1000;
}
