package se.trygghetsnav.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import se.trygghetsnav.analysis.GetisOrd;
import se.trygghetsnav.analysis.Significance;

/**
 * {@link GetisOrd#giStar} on hexagon lattices of 10,000 and 100,000 cells against R spdep's
 * {@code localG(x, nb2listw(include.self(nb), style = "B"))} on the same cells and neighbours,
 * measured in the same run: prints both medians, the ratio R / Java and the largest absolute
 * difference of the z-scores. The lattice is in offset coordinates (six neighbours inside, fewer
 * at the edges, as H3 ring 1); the counts are Poisson with a low background (most cells 0) and a
 * few hot clusters. Java: JIT warm-up, then the median of {@code bench.iterations} runs. R runs
 * {@code bench/r/localg_bench.R} (time to build the neighbour list and weights reported apart).
 * Without {@code Rscript} or spdep only Java is timed. No Spring, no database. Run with
 * {@code mvn -Pbench verify -Dbench.class=se.trygghetsnav.bench.GiStarBenchmark}.
 */
public final class GiStarBenchmark {

    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 20);
    private static final int R_RUNS = 5;
    private static final Path R_SCRIPT = Path.of("bench", "r", "localg_bench.R");
    private static final int[][] LATTICES = {{100, 100}, {250, 400}};
    private static final double BACKGROUND = 0.25;

    private GiStarBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.printf("Gi* hot spot benchmark: GetisOrd.giStar against R spdep localG, %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        String noR = rMissingReason();
        if (noR != null) {
            System.out.println(noR);
        }
        List<String> rows = new ArrayList<>();
        for (int[] size : LATTICES) {
            Lattice lattice = Lattice.hexagons(size[0], size[1], new Random(20240604L + size[0]));
            rows.add(run(lattice, noR == null));
        }
        System.out.println();
        System.out.printf("%-8s %6s %6s %8s | %9s %9s %10s | %11s %9s | %8s %12s%n", "cells", "nb/cell", "zeros",
                "z>=2.576", "Java ms", "Java min", "+FDR bins", "spdep ms", "nb+listw", "R/Java", "max |dz|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("Java ms: median of " + ITERATIONS + " runs after warm-up; +FDR bins: giStar followed by"
                + " Significance.binsWithFdr (median). spdep ms: median of " + R_RUNS + " localG calls (system.time,"
                + " elapsed); nb+listw: building the nb object and nb2listw(include.self(nb), style = \"B\") once,"
                + " not in spdep ms. Aim (issue 4): R/Java >= 100 with the same numbers.");
    }

    private static String run(Lattice lattice, boolean withR) throws Exception {
        double[] values = lattice.values();
        int[][] neighbours = lattice.neighbours();
        int n = values.length;

        double[] z = GetisOrd.giStar(values, neighbours);
        long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (int i = 0; i < 30 || System.nanoTime() < warmUpEnd; i++) {
            z = GetisOrd.giStar(values, neighbours);
            Significance.binsWithFdr(z);
        }
        long[] giStarNanos = new long[ITERATIONS];
        long[] withBinsNanos = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            z = GetisOrd.giStar(values, neighbours);
            giStarNanos[i] = System.nanoTime() - start;
        }
        int[] bins = null;
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            bins = Significance.binsWithFdr(GetisOrd.giStar(values, neighbours));
            withBinsNanos[i] = System.nanoTime() - start;
        }
        double javaMedian = median(giStarNanos);
        long zeros = Arrays.stream(values).filter(v -> v == 0).count();
        long hot = Arrays.stream(z).filter(v -> v >= Significance.Z_99).count();
        long hotAfterFdr = Arrays.stream(bins).filter(b -> b == 3).count();
        System.out.printf("%,d cells: Java giStar median %.3f ms; %d cells with z >= 2.576, %d keep bin 3 after FDR%n",
                n, javaMedian, hot, hotAfterFdr);

        String rPart = String.format("| %11s %9s | %8s %12s", "-", "-", "-", "-");
        if (withR) {
            RResult r = runR(values, neighbours);
            if (r != null) {
                double maxDifference = 0;
                for (int i = 0; i < n; i++) {
                    maxDifference = Math.max(maxDifference, Math.abs(z[i] - r.z()[i]));
                }
                double median = Double.parseDouble(r.figures().get("localg.median.ms"));
                double setUp = Double.parseDouble(r.figures().get("nb.ms")) + Double.parseDouble(r.figures().get("listw.ms"));
                System.out.printf("%,d cells: spdep %s localG median %.1f ms (min %s ms, %s), nb+listw %.1f ms, read %s ms%n",
                        n, r.figures().get("spdep.version"), median, r.figures().get("localg.min.ms"),
                        r.figures().get("r.version"), setUp, r.figures().get("read.ms"));
                rPart = String.format("| %11.1f %9.1f | %8.0f %12.2e", median, setUp, median / javaMedian, maxDifference);
            }
        }
        return String.format("%-8s %6.2f %6.1f%% %8d | %9.3f %9.3f %10.3f ", String.format("%,d", n),
                (double) Arrays.stream(neighbours).mapToInt(a -> a.length).sum() / n, 100.0 * zeros / n, hot,
                javaMedian, min(giStarNanos), median(withBinsNanos)) + rPart;
    }

    /** A hexagon lattice in "odd-r" offset coordinates with Poisson counts. */
    private record Lattice(double[] values, int[][] neighbours) {

        static Lattice hexagons(int rows, int columns, Random random) {
            int n = rows * columns;
            int[][] neighbours = new int[n][];
            int[] around = new int[6];
            for (int r = 0; r < rows; r++) {
                // Odd rows are shifted half a cell to the right: their upper and lower neighbours are c and c + 1.
                int shift = (r & 1) == 1 ? 0 : -1;
                for (int c = 0; c < columns; c++) {
                    int count = 0;
                    int[][] candidates = {{r, c - 1}, {r, c + 1}, {r - 1, c + shift}, {r - 1, c + shift + 1},
                        {r + 1, c + shift}, {r + 1, c + shift + 1}};
                    for (int[] candidate : candidates) {
                        if (candidate[0] >= 0 && candidate[0] < rows && candidate[1] >= 0 && candidate[1] < columns) {
                            around[count++] = candidate[0] * columns + candidate[1];
                        }
                    }
                    neighbours[r * columns + c] = Arrays.copyOf(around, count);
                }
            }
            return new Lattice(counts(rows, columns, random), neighbours);
        }

        /** Poisson counts: a low background and one hot cluster per 2,000 cells (a bump of 3-8 cells' radius). */
        private static double[] counts(int rows, int columns, Random random) {
            int n = rows * columns;
            int clusters = Math.max(1, n / 2000);
            double[][] centres = new double[clusters][];
            for (int k = 0; k < clusters; k++) {
                centres[k] = new double[] {random.nextDouble() * columns, random.nextDouble() * rows * Math.sqrt(0.75),
                    3 + random.nextDouble() * 5, 1.5 + random.nextDouble() * 4.5};
            }
            double[] values = new double[n];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    double x = c + ((r & 1) == 1 ? 0.5 : 0);
                    double y = r * Math.sqrt(0.75);
                    double mean = BACKGROUND;
                    for (double[] centre : centres) {
                        double squared = (x - centre[0]) * (x - centre[0]) + (y - centre[1]) * (y - centre[1]);
                        double radius = centre[2];
                        if (squared < 9 * radius * radius) {
                            mean += centre[3] * Math.exp(-squared / (2 * radius * radius / 4));
                        }
                    }
                    values[r * columns + c] = poisson(mean, random);
                }
            }
            return values;
        }

        private static int poisson(double mean, Random random) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
    }

    private record RResult(Map<String, String> figures, double[] z) {}

    /** Null when Rscript runs and loads spdep, else the message to print. */
    private static String rMissingReason() throws InterruptedException {
        String message = "R/spdep not installed: skipping the comparison (apt-get install r-cran-spdep)";
        if (!Files.isRegularFile(R_SCRIPT)) {
            return R_SCRIPT + " not found (run from the project directory): skipping the comparison with R/spdep";
        }
        try {
            Process check = new ProcessBuilder("Rscript", "-e",
                    "quit(status = if (requireNamespace('spdep', quietly = TRUE)) 0 else 3)")
                    .redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            return check.waitFor() == 0 ? null : message;
        } catch (IOException e) {
            return message;
        }
    }

    private static RResult runR(double[] values, int[][] neighbours) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("gistar-bench");
        try {
            Path cells = directory.resolve("cells.csv");
            Path zOut = directory.resolve("z.txt");
            try (BufferedWriter out = Files.newBufferedWriter(cells, StandardCharsets.UTF_8)) {
                out.write("index;value;neighbours\n");
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < values.length; i++) {
                    line.setLength(0);
                    line.append(i).append(';').append((long) values[i]).append(';');
                    for (int j = 0; j < neighbours[i].length; j++) {
                        line.append(j == 0 ? "" : ",").append(neighbours[i][j]);
                    }
                    out.append(line).append('\n');
                }
            }
            Process process = new ProcessBuilder("Rscript", R_SCRIPT.toString(), cells.toString(), zOut.toString(),
                    String.valueOf(R_RUNS)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                System.out.println("R/spdep failed, skipping the comparison:\n" + output);
                return null;
            }
            Map<String, String> figures = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    figures.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
            double[] z = Files.readAllLines(zOut).stream().mapToDouble(Double::parseDouble).toArray();
            if (z.length != values.length) {
                System.out.println("R/spdep returned " + z.length + " z-scores for " + values.length + " cells:\n" + output);
                return null;
            }
            return new RResult(figures, z);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return (sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0) / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }
}
