package se.trygghetsnav.barometer;

import se.trygghetsnav.survey.Scoring;

/**
 * Counts below five are shown as "&lt;5" (and their share hidden), so that no single
 * municipality's answers can be picked out of the statistics.
 */
final class SmallCounts {

    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";

    private SmallCounts() {}

    static String count(long count) {
        return count < THRESHOLD ? SUPPRESSED : String.valueOf(count);
    }

    /** Whole percent, half up; "–" when the count itself is suppressed or nothing was answered. */
    static String percent(long count, long total) {
        if (count < THRESHOLD || total <= 0) {
            return "–";
        }
        return Scoring.percentHalfUp(count, total) + " %";
    }
}
