package se.trygghetsnav.incident;

/**
 * A week's count beside the mean of the weeks before it (EST compares with the previous 8).
 * Pure; {@code previous} holds one count per earlier week.
 */
public record WeekComparison(long count, double baseline) {

    public static final int BASELINE_WEEKS = 8;

    public static WeekComparison of(long count, long[] previous) {
        if (previous.length == 0) {
            return new WeekComparison(count, 0);
        }
        long sum = 0;
        for (long value : previous) {
            sum += value;
        }
        return new WeekComparison(count, (double) sum / previous.length);
    }

    public double difference() {
        return count - baseline;
    }

    /** Up, down or level, for words and arrows beside the numbers. */
    public String direction() {
        double difference = difference();
        return Math.abs(difference) < 0.5 ? "LEVEL" : difference > 0 ? "UP" : "DOWN";
    }
}
