package se.trygghetsnav.incident;

import se.trygghetsnav.analysis.PoissonTrend;

/**
 * A week's count beside the mean of the weeks before it (EST compares with the previous 8).
 * {@code rise} flags a significant increase: at least 3 reports and a Poisson probability of at
 * least that many, given the baseline mean, below 0.05. Pure; {@code previous} holds one count per
 * earlier week.
 */
public record WeekComparison(long count, double baseline, boolean rise) {

    public static final int BASELINE_WEEKS = 8;

    public static WeekComparison of(long count, long[] previous) {
        if (previous.length == 0) {
            return new WeekComparison(count, 0, PoissonTrend.isRise(count, 0));
        }
        long sum = 0;
        for (long value : previous) {
            sum += value;
        }
        double baseline = (double) sum / previous.length;
        return new WeekComparison(count, baseline, PoissonTrend.isRise(count, baseline));
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
