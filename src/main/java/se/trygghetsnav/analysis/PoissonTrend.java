package se.trygghetsnav.analysis;

/**
 * Whether a week's count is a rise against its baseline: the count is at least {@value #MIN_COUNT}
 * and, were the counts Poisson distributed with the baseline mean (the mean of the previous weeks,
 * usually 8), a count at least this high would have a probability below {@value #ALPHA}.
 */
public final class PoissonTrend {

    /** The smallest count that can be a rise. */
    public static final long MIN_COUNT = 3;
    /** A rise is a count whose upper tail probability is below this. */
    public static final double ALPHA = 0.05;

    /** Sum terms until they no longer change the sum in double precision. */
    private static final double NEGLIGIBLE = 0x1p-60;
    private static final double HALF_LOG_TWO_PI = 0.918938533204672741780329736406;
    /** Up to this count ln(k!) is taken from the exact product; beyond it from Stirling's series. */
    private static final int DIRECT_FACTORIAL = 30;
    private static final double[] LOG_FACTORIAL = new double[DIRECT_FACTORIAL + 1];

    static {
        double factorial = 1;
        for (int k = 1; k <= DIRECT_FACTORIAL; k++) {
            factorial *= k;
            LOG_FACTORIAL[k] = Math.log(factorial);
        }
    }

    private PoissonTrend() {}

    /**
     * A week's count against its baseline.
     *
     * @param count the week's count
     * @param baseline the mean count of the previous weeks
     * @param probability P(X >= count) for X ~ Poisson(baseline)
     * @param rise whether the count is a rise ({@link #isRise(long, double)})
     */
    public record Trend(long count, double baseline, double probability, boolean rise) {}

    /**
     * Evaluates a week's count against the mean of the previous weeks.
     *
     * @param count the week's count, not negative
     * @param previousWeeks the counts of the weeks before (the issue asks for 8), at least one, none negative
     * @throws IllegalArgumentException when a count is negative or there are no previous weeks
     */
    public static Trend evaluate(long count, long[] previousWeeks) {
        if (previousWeeks == null || previousWeeks.length == 0) {
            throw new IllegalArgumentException("at least one previous week is needed for a baseline");
        }
        double sum = 0;
        for (long week : previousWeeks) {
            if (week < 0) {
                throw new IllegalArgumentException("a weekly count is negative: " + week);
            }
            sum += week;
        }
        double baseline = sum / previousWeeks.length;
        double probability = upperTailProbability(count, baseline);
        return new Trend(count, baseline, probability, count >= MIN_COUNT && probability < ALPHA);
    }

    /**
     * Whether {@code count} is a rise against {@code baseline}: {@code count >= 3} and
     * {@code P(X >= count) < 0.05} for X ~ Poisson(baseline).
     */
    public static boolean isRise(long count, double baseline) {
        return count >= MIN_COUNT && upperTailProbability(count, baseline) < ALPHA;
    }

    /**
     * P(X >= c) for X ~ Poisson(λ), within 1e-12 relative error of R's {@code ppois}, also far in the tail (no
     * {@code 1 - P(X < c)} cancellation). λ = 0 gives 1 for c = 0 and 0 otherwise.
     *
     * @param c the count, not negative
     * @param lambda the mean, finite and not negative
     * @throws IllegalArgumentException when c or lambda is out of range
     */
    public static double upperTailProbability(long c, double lambda) {
        if (c < 0) {
            throw new IllegalArgumentException("count must not be negative: " + c);
        }
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("mean must be finite and not negative: " + lambda);
        }
        if (c == 0) {
            return 1;
        }
        if (lambda == 0) {
            return 0;
        }
        if (c > lambda) {
            // Terms fall from k = c on (λ / (k + 1) < 1): sum the tail itself.
            double term = Math.exp(logProbability(c, lambda));
            double sum = term;
            for (long k = c + 1; term > sum * NEGLIGIBLE; k++) {
                term *= lambda / k;
                sum += term;
            }
            return Math.min(1, sum);
        }
        // c <= λ: the answer is about 1/2 or more, so 1 - P(X < c) loses nothing. Terms fall from k = c - 1 down.
        double term = Math.exp(logProbability(c - 1, lambda));
        double below = term;
        for (long k = c - 1; k > 0 && term > below * NEGLIGIBLE; k--) {
            term *= k / lambda;
            below += term;
        }
        return Math.max(0, 1 - below);
    }

    /** ln P(X = k) for X ~ Poisson(λ), λ > 0. */
    private static double logProbability(long k, double lambda) {
        if (k <= DIRECT_FACTORIAL) {
            return k * Math.log(lambda) - lambda - LOG_FACTORIAL[(int) k];
        }
        // Catherine Loader's saddle point form, exact to rounding also for large k and λ:
        // ln P = -stirlingError(k) - deviance(k, λ) - ln(2πk) / 2.
        return -stirlingError(k) - deviance(k, lambda) - HALF_LOG_TWO_PI - 0.5 * Math.log(k);
    }

    /** ln(k!) - ln(sqrt(2πk) (k/e)^k) for k > 30, from its asymptotic series. */
    private static double stirlingError(double k) {
        double square = k * k;
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - (1.0 / 1188 - (691.0 / 360360) / square)
                / square) / square) / square) / square) / k;
    }

    /** k ln(k / λ) + λ - k, without cancellation when k is near λ. */
    private static double deviance(double k, double lambda) {
        double difference = k - lambda;
        if (Math.abs(difference) < 0.1 * (k + lambda)) {
            double v = difference / (k + lambda);
            double sum = difference * v;
            double term = 2 * k * v;
            double vSquare = v * v;
            for (int j = 1; j < 1000; j++) {
                term *= vSquare;
                double next = sum + term / (2 * j + 1);
                if (next == sum) {
                    return next;
                }
                sum = next;
            }
            return sum;
        }
        return k * Math.log(k / lambda) + lambda - k;
    }
}
