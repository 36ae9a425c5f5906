package se.trygghetsnav.walk;

/** The fixed categories of what a safety walk observes. */
public enum WalkCategory {
    LIGHTING, VEGETATION, GRAFFITI, LITTER, VANDALISM, TRAFFIC, DESERTED, OTHER;

    /** The message key of the category's name. */
    public String messageKey() {
        return "walk.category." + name();
    }
}
