package se.trygghetsnav.walk;

/** Where an activity of a citizen promise stands. */
public enum PromiseActivityStatus {
    PLANNED, ONGOING, DONE, CANCELLED;

    /** Done and cancelled activities are closed: they can no longer be late. */
    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }

    /** The message key of the status's name. */
    public String messageKey() {
        return "promise.status." + name();
    }

    static PromiseActivityStatus parse(String text) {
        if (text == null) {
            return null;
        }
        for (PromiseActivityStatus status : values()) {
            if (status.name().equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        return null;
    }
}
