package se.trygghetsnav.community;

/** What a moderator or group admin can do about reported content (moderation_action.action). */
public enum ModerationActionKind {
    HIDE,
    REMOVE,
    RESTORE,
    WARN,
    BAN_GROUP,
    BAN_PLATFORM,
    DISMISS;

    public String messageKey() {
        return "moderation.action." + name();
    }

    /** The outcome told to the person who reported. */
    public String outcomeKey() {
        return "moderation.outcome." + name();
    }
}
