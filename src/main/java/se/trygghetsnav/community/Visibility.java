package se.trygghetsnav.community;

/** Who sees a post: everyone, a group's members, or a verified organisation's staff. */
public enum Visibility {
    PUBLIC,
    GROUP,
    ORGANISATION;

    public String messageKey() {
        return "community.visibility." + name();
    }
}
