package se.trygghetsnav.community;

/** How urgent a post is. YELLOW and RED alert people nearby; GREEN only shows on the map and in feeds. */
public enum Priority {
    GREEN,
    YELLOW,
    RED;

    public boolean alerts() {
        return this != GREEN;
    }

    public String messageKey() {
        return "community.priority." + name();
    }
}
