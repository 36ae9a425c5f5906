package se.trygghetsnav.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the reference tables under {@code src/test/resources/analysis/} written by the R scripts in {@code bench/r/}. */
final class ReferenceData {

    /** One Gi* data set: the cells' values and neighbours and spdep's z-scores ({@code NaN} where spdep gives NaN). */
    record GiStarCase(String name, double[] values, int[][] neighbours, double[] expectedZ) {}

    private ReferenceData() {}

    /** {@code analysis/localg_<name>.csv}: {@code index;value;neighbours;z}. */
    static GiStarCase giStar(String name) {
        List<String[]> rows = rows("localg_" + name + ".csv");
        int n = rows.size();
        double[] values = new double[n];
        int[][] neighbours = new int[n][];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            String[] row = rows.get(i);
            if (Integer.parseInt(row[0]) != i) {
                throw new IllegalStateException(name + ": row " + i + " has index " + row[0]);
            }
            values[i] = Double.parseDouble(row[1]);
            neighbours[i] = row[2].isEmpty() ? new int[0] : Arrays.stream(row[2].split(",")).mapToInt(Integer::parseInt).toArray();
            z[i] = Double.parseDouble(row[3]);
        }
        return new GiStarCase(name, values, neighbours, z);
    }

    /** The rows of a semicolon-separated resource under {@code analysis/}, without its header. */
    static List<String[]> rows(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream("/analysis/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource analysis/" + file + " (see bench/r/)");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(";", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
