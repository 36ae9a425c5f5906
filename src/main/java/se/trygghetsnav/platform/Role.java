package se.trygghetsnav.platform;

/** Roles a person can hold. The platform operator runs the service; the others come with accounts. */
public enum Role {
    OPERATOR,
    COORDINATOR,
    REPORTER,
    ANALYST,
    MANAGER,
    /** Platform-wide: moderates public content on the community platform. */
    MODERATOR
}
