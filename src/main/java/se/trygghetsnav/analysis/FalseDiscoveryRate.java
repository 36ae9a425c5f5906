package se.trygghetsnav.analysis;

import java.util.Arrays;

/**
 * The Benjamini-Hochberg (1995) step-up procedure, which keeps the expected share of false
 * discoveries among the tests called significant at or below {@code alpha}.
 *
 * <p>With the {@code m} p-values sorted, {@code p(1) <= ... <= p(m)}, let {@code k} be the largest
 * rank with {@code p(k) <= k / m · alpha}. The tests with the {@code k} smallest p-values are
 * significant, that is every test with {@code p <= p(k)} (tied p-values are decided together);
 * when there is no such {@code k} none is.
 */
public final class FalseDiscoveryRate {

    private FalseDiscoveryRate() {}

    /**
     * Which tests are significant under the Benjamini-Hochberg procedure.
     *
     * @param p the p-values, each in [0, 1]
     * @param alpha the false discovery rate, in (0, 1]
     * @return a new array, {@code true} for each significant test
     * @throws IllegalArgumentException when a p-value or alpha is out of range
     */
    public static boolean[] benjaminiHochberg(double[] p, double alpha) {
        double critical = criticalPValue(sortedCopy(p), alpha);
        boolean[] significant = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            significant[i] = p[i] <= critical;
        }
        return significant;
    }

    /** The p-values in ascending order, after checking that each is in [0, 1]. */
    static double[] sortedCopy(double[] p) {
        if (p == null) {
            throw new IllegalArgumentException("p-values are required");
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " is not in [0, 1]: " + p[i]);
            }
        }
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * The largest {@code p(k)} with {@code p(k) <= k / m · alpha}, or -1 when none passes, so that
     * the significant tests are exactly those with {@code p <= } the result.
     */
    static double criticalPValue(double[] sortedP, double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1]: " + alpha);
        }
        int m = sortedP.length;
        for (int k = m; k >= 1; k--) {
            // p(k) · m <= k · alpha: the same comparison as p(k) <= k / m · alpha, and exact at p(m) == alpha.
            if (sortedP[k - 1] * m <= k * alpha) {
                return sortedP[k - 1];
            }
        }
        return -1;
    }
}
