package se.trygghetsnav.incident;

/** The joint assessment of an area for a week: normalt, förhöjt, allvarligt. */
public enum AssessmentLevel {
    GREEN,
    YELLOW,
    RED;

    public String messageKey() {
        return "assessment." + name();
    }
}
