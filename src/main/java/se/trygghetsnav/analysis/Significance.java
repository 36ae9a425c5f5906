package se.trygghetsnav.analysis;

/**
 * Confidence bins for Gi* z-scores as ArcGIS "Hot Spot Analysis" reports them ({@code Gi_Bin}):
 * from -3 to 3, positive for hot spots and negative for cold spots.
 *
 * <table>
 *   <caption>bins</caption>
 *   <tr><th>|z|</th><th>bin</th><th>confidence</th></tr>
 *   <tr><td>&gt;= 2.576</td><td>±3</td><td>99 %</td></tr>
 *   <tr><td>&gt;= 1.960</td><td>±2</td><td>95 %</td></tr>
 *   <tr><td>&gt;= 1.645</td><td>±1</td><td>90 %</td></tr>
 *   <tr><td>otherwise</td><td>0</td><td>not significant</td></tr>
 * </table>
 *
 * <p>With the false discovery rate correction ({@link #binsWithFdr(double[], double)}) every cell
 * also has to pass the Benjamini-Hochberg procedure over all cells' two-sided p-values at the
 * level's error rate (0.10, 0.05, 0.01), which lowers the bins of cells that are significant by
 * chance among many tests.
 */
public final class Significance {

    /** Critical |z| for 90 % confidence (two-sided p 0.10). */
    public static final double Z_90 = 1.645;
    /** Critical |z| for 95 % confidence (two-sided p 0.05). */
    public static final double Z_95 = 1.960;
    /** Critical |z| for 99 % confidence (two-sided p 0.01). */
    public static final double Z_99 = 2.576;

    /** The error rate of bin level 1, 2 and 3 (index 0 unused). */
    private static final double[] LEVEL_ALPHA = {Double.NaN, 0.10, 0.05, 0.01};

    private Significance() {}

    /**
     * The two-sided p-value of a z-score under the standard normal distribution,
     * {@code 2 · P(Z > |z|)}: 1 at z = 0, 0.049996 at 1.96.
     *
     * <p>Computed with W. J. Cody's rational Chebyshev approximations (ACM TOMS algorithm 715,
     * 1993, the method of R's {@code pnorm}), to about 1e-15 relative error, also deep in the tail
     * where {@code 1 - Φ(|z|)} would cancel to 0. Underflows to 0 beyond |z| ≈ 37.5.
     *
     * @throws IllegalArgumentException when z is {@code NaN}
     */
    public static double pValue(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z is NaN");
        }
        return Math.min(1, 2 * NormalTail.upper(Math.abs(z)));
    }

    /** The confidence bin of one z-score, from -3 to 3 (see the class). */
    public static int bin(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z is NaN");
        }
        int level = level(Math.abs(z));
        return z < 0 ? -level : level;
    }

    /** The confidence bin of every z-score, from -3 to 3, without a multiple-testing correction. */
    public static int[] bins(double[] z) {
        requireZ(z);
        int[] bins = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            bins[i] = bin(z[i]);
        }
        return bins;
    }

    /** {@link #binsWithFdr(double[], double)} with q = 0.10: all three levels, as ArcGIS does. */
    public static int[] binsWithFdr(double[] z) {
        return binsWithFdr(z, 0.10);
    }

    /**
     * Confidence bins with the Benjamini-Hochberg false discovery rate correction, as ArcGIS "Hot
     * Spot Analysis" applies it when "Apply False Discovery Rate (FDR) Correction" is ticked.
     *
     * <p>Exactly: the two-sided p-value of every cell ({@link #pValue(double)}) goes into the
     * Benjamini-Hochberg procedure ({@link FalseDiscoveryRate}) three times, at alpha 0.10, 0.05
     * and 0.01, over all cells. A cell's level is the highest of 1 (0.10), 2 (0.05) and 3 (0.01)
     * whose procedure calls it significant, capped by its bin without correction
     * ({@link #bin(double)}), so the correction only ever lowers a bin: the cap matters only for
     * the slivers of z just below a rounded critical value (1.64485 &lt;= |z| &lt; 1.645, and so
     * on). The sign is that of z. Levels whose alpha exceeds {@code q} are not granted: q = 0.10
     * gives ArcGIS's bins, q = 0.05 keeps only ±2 and ±3 (a false discovery rate of at most 5 %
     * among the cells shown), q = 0.01 only ±3.
     *
     * @param z the z-scores of all cells of one analysis
     * @param q the largest false discovery rate shown, in [0.01, 1]; ArcGIS: 0.10
     * @throws IllegalArgumentException when z contains {@code NaN} or q is out of range
     */
    public static int[] binsWithFdr(double[] z, double q) {
        requireZ(z);
        if (!(q >= LEVEL_ALPHA[3] && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0.01, 1]: " + q);
        }
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = pValue(z[i]);
        }
        double[] sorted = FalseDiscoveryRate.sortedCopy(p);
        double[] critical = new double[LEVEL_ALPHA.length];
        for (int level = 1; level < LEVEL_ALPHA.length; level++) {
            double alpha = LEVEL_ALPHA[level];
            critical[level] = alpha <= q ? FalseDiscoveryRate.criticalPValue(sorted, alpha) : -1;
        }
        int[] bins = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            int level = 0;
            for (int candidate = 1; candidate < LEVEL_ALPHA.length; candidate++) {
                if (p[i] <= critical[candidate]) {
                    level = candidate;
                }
            }
            level = Math.min(level, level(Math.abs(z[i])));
            bins[i] = z[i] < 0 ? -level : level;
        }
        return bins;
    }

    private static int level(double absZ) {
        if (absZ >= Z_99) {
            return 3;
        }
        if (absZ >= Z_95) {
            return 2;
        }
        return absZ >= Z_90 ? 1 : 0;
    }

    private static void requireZ(double[] z) {
        if (z == null) {
            throw new IllegalArgumentException("z-scores are required");
        }
        for (int i = 0; i < z.length; i++) {
            if (Double.isNaN(z[i])) {
                throw new IllegalArgumentException("z-score " + i + " is NaN");
            }
        }
    }

    /** The upper tail of the standard normal distribution, after Cody (1993). */
    private static final class NormalTail {

        private static final double[] A = {2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582,
            18154.981253343561249, 0.065682337918207449113};
        private static final double[] B = {47.20258190468824187, 976.09855173777669322, 10260.932208618978205,
            45507.789335026729956};
        private static final double[] C = {0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979,
            597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124,
            9842.7148383839780218, 1.0765576773720192317e-8};
        private static final double[] D = {22.266688044328115691, 235.38790178262499861, 1519.377599407554805,
            6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
            19685.429676859990727};
        private static final double[] P = {0.21589853405795699, 0.1274011611602473639, 0.022235277870649807,
            0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303};
        private static final double[] Q = {1.28426009614491121, 0.468238212480865118, 0.0659881378689285515,
            0.00378239633202758244, 7.29751555083966205e-5};
        private static final double ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
        private static final double QUARTILE = 0.67448975;
        private static final double SQRT_32 = 5.656854249492380195206754896838;
        private static final double UNDERFLOW = 37.5193;

        /** P(Z > y) for y >= 0. */
        static double upper(double y) {
            if (y <= QUARTILE) {
                double numerator = 0;
                double denominator = 0;
                if (y > 0x1p-53) {
                    double square = y * y;
                    numerator = A[4] * square;
                    denominator = square;
                    for (int i = 0; i < 3; i++) {
                        numerator = (numerator + A[i]) * square;
                        denominator = (denominator + B[i]) * square;
                    }
                }
                return 0.5 - y * (numerator + A[3]) / (denominator + B[3]);
            }
            if (y <= SQRT_32) {
                double numerator = C[8] * y;
                double denominator = y;
                for (int i = 0; i < 7; i++) {
                    numerator = (numerator + C[i]) * y;
                    denominator = (denominator + D[i]) * y;
                }
                return gaussian(y) * (numerator + C[7]) / (denominator + D[7]);
            }
            if (y < UNDERFLOW) {
                double inverseSquare = 1 / (y * y);
                double numerator = P[5] * inverseSquare;
                double denominator = inverseSquare;
                for (int i = 0; i < 4; i++) {
                    numerator = (numerator + P[i]) * inverseSquare;
                    denominator = (denominator + Q[i]) * inverseSquare;
                }
                double correction = inverseSquare * (numerator + P[4]) / (denominator + Q[4]);
                return gaussian(y) * (ONE_OVER_SQRT_2PI - correction) / y;
            }
            return 0;
        }

        /** exp(-y²/2), with y² split so that the exponent keeps its precision. */
        private static double gaussian(double y) {
            double rounded = Math.floor(y * 16) / 16;
            double rest = (y - rounded) * (y + rounded);
            return Math.exp(-rounded * rounded * 0.5) * Math.exp(-rest * 0.5);
        }
    }
}
