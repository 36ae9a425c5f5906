package se.trygghetsnav.barometer;

/** How far a municipality has come, from its total score: 0-39, 40-69, 70-100. */
public enum Level {
    BASIC("Grundläggande"),
    DEVELOPING("Under utveckling"),
    WELL_DEVELOPED("Väl utvecklat");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public static Level of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("Score out of range: " + score);
        }
        return score < 40 ? BASIC : score < 70 ? DEVELOPING : WELL_DEVELOPED;
    }

    /** The Swedish name used in results and the API. */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "level." + name();
    }
}
