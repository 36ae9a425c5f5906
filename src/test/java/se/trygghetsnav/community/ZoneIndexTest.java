package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.municipality.Sweref99;

class ZoneIndexTest {

    // Sergels torg, Stockholm, in SWEREF 99 TM.
    private static final double EAST = 674_000;
    private static final double NORTH = 6_580_800;

    private record Circle(long entryId, long userId, double east, double north, int radius) {}

    @Test
    void findsAUserWhoseCircleContainsThePoint() {
        ZoneIndex index = new ZoneIndex();
        index.put(1, 42, EAST, NORTH, 500);

        assertThat(index.usersCovering(EAST + 300, NORTH + 300)).containsExactly(42L);
        assertThat(index.usersCovering(EAST + 400, NORTH + 400)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aPointExactlyOnTheRadiusIsCoveredAndOneCentimetreOutsideIsNot() {
        ZoneIndex index = new ZoneIndex();
        index.put(1, 7, EAST, NORTH, 300);
        index.put(2, 8, EAST + 999.5, NORTH - 0.25, 100);

        assertThat(index.usersCovering(EAST + 300, NORTH)).containsExactly(7L);
        assertThat(index.usersCovering(EAST, NORTH - 300)).containsExactly(7L);
        assertThat(index.usersCovering(EAST + 180, NORTH + 240)).containsExactly(7L);
        assertThat(index.usersCovering(EAST + 300.01, NORTH)).isEmpty();
        assertThat(index.usersCovering(EAST - 180, NORTH - 240.01)).isEmpty();
        // A circle straddling a cell border is found from both sides, right up to its edge.
        assertThat(index.usersCovering(EAST + 1099.5, NORTH - 0.25)).containsExactly(8L);
        assertThat(index.usersCovering(EAST + 899.5, NORTH - 0.25)).containsExactly(8L);
        assertThat(index.usersCovering(EAST + 1099.51, NORTH - 0.25)).isEmpty();
    }

    @Test
    void aZeroRadiusCoversOnlyItsCentre() {
        ZoneIndex index = new ZoneIndex();
        index.put(1, 5, EAST + 1000, NORTH + 1000, 0);

        assertThat(index.usersCovering(EAST + 1000, NORTH + 1000)).containsExactly(5L);
        assertThat(index.usersCovering(EAST + 1000.001, NORTH + 1000)).isEmpty();
    }

    @Test
    void removedEntriesAreNoLongerFound() {
        ZoneIndex index = new ZoneIndex();
        index.put(1, 42, EAST, NORTH, 5000);
        index.put(2, 43, EAST, NORTH, 200);

        index.remove(1);
        index.remove(1);
        index.remove(99);

        assertThat(index.usersCovering(EAST, NORTH)).containsExactly(43L);
        assertThat(index.usersCovering(EAST + 3000, NORTH)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
        index.remove(2);
        assertThat(index.usersCovering(EAST, NORTH)).isEmpty();
        assertThat(index.size()).isZero();
        assertThat(index.registrations()).isZero();
    }

    @Test
    void puttingTheSameEntryAgainMovesItsCircle() {
        ZoneIndex index = new ZoneIndex();
        long sharedPosition = -42;
        index.put(sharedPosition, 42, EAST, NORTH, 300);
        index.put(sharedPosition, 42, EAST + 10_000, NORTH, 300);

        assertThat(index.usersCovering(EAST, NORTH)).isEmpty();
        assertThat(index.usersCovering(EAST + 10_000, NORTH + 100)).containsExactly(42L);
        assertThat(index.size()).isEqualTo(1);

        index.put(sharedPosition, 42, EAST + 10_000, NORTH, 2000);
        assertThat(index.usersCovering(EAST + 11_500, NORTH)).containsExactly(42L);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aUserWithSeveralCirclesCoveringThePointIsReturnedOnce() {
        ZoneIndex index = new ZoneIndex();
        index.put(1, 42, EAST, NORTH, 1000);
        index.put(2, 42, EAST + 100, NORTH, 500);
        index.put(-42, 42, EAST, NORTH + 50, 200);
        index.put(3, 43, EAST, NORTH, 100);
        index.put(4, 44, EAST + 5000, NORTH, 100);
        index.put(5, 0, EAST, NORTH, 100);
        index.put(6, 0, EAST, NORTH, 200);

        assertThat(index.usersCovering(EAST + 10, NORTH + 10)).containsExactlyInAnyOrder(42L, 43L, 0L);
        assertThat(index.usersCovering(EAST + 800, NORTH)).containsExactly(42L);
        assertThat(index.size()).isEqualTo(7);
    }

    @Test
    void worksAcrossNegativeAndFarAwayCoordinates() {
        ZoneIndex index = new ZoneIndex();
        index.put(1, 1, -500, -500, 800);
        index.put(2, 2, 1e9, -1e9, 100);

        assertThat(index.usersCovering(0, 0)).containsExactly(1L);
        assertThat(index.usersCovering(-1200, -500)).containsExactly(1L);
        assertThat(index.usersCovering(1e9 + 50, -1e9)).containsExactly(2L);
        assertThat(index.usersCovering(Double.NaN, 0)).isEmpty();
    }

    @Test
    void rejectsImpossibleInput() {
        ZoneIndex index = new ZoneIndex();

        assertThatThrownBy(() -> index.put(1, 1, EAST, NORTH, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.put(1, 1, Double.NaN, NORTH, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.put(1, 1, EAST, NORTH, ZoneIndex.MAX_RADIUS_METRES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isZero();
    }

    @Test
    void agreesWithABruteForceScanOnUniformData() {
        Random random = new Random(1);
        List<Circle> circles = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            circles.add(new Circle(i + 1, random.nextInt(3000), EAST + random.nextDouble() * 60_000,
                    NORTH + random.nextDouble() * 60_000, 100 + random.nextInt(4901)));
        }
        compareWithBruteForce(circles, random, 40_000, p -> new double[] {EAST + p[0] * 60_000, NORTH + p[1] * 60_000});
    }

    @Test
    void agreesWithABruteForceScanOnClusteredData() {
        Random random = new Random(2);
        double[][] centres = {{674_000, 6_580_800}, {667_500, 6_606_000}, {690_000, 6_570_000}};
        List<Circle> circles = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            double[] c = centres[random.nextInt(centres.length)];
            int radius = (int) Math.round(100 * Math.pow(50, Math.pow(random.nextDouble(), 3)));
            circles.add(new Circle(i + 1, random.nextInt(5000), c[0] + random.nextGaussian() * 1500,
                    c[1] + random.nextGaussian() * 1500, radius));
        }
        compareWithBruteForce(circles, random, 20_000, p -> {
            double[] c = centres[(int) (p[0] * centres.length)];
            return new double[] {c[0] + random.nextGaussian() * 2000, c[1] + random.nextGaussian() * 2000};
        });
    }

    @Test
    void agreesWithABruteForceScanAfterRemovalsAndMoves() {
        Random random = new Random(3);
        Map<Long, Circle> live = new HashMap<>();
        ZoneIndex index = new ZoneIndex(500);
        for (int step = 0; step < 30_000; step++) {
            long entryId = random.nextInt(2000) - 1000;
            if (random.nextInt(4) == 0) {
                index.remove(entryId);
                live.remove(entryId);
            } else {
                Circle c = new Circle(entryId, random.nextInt(300), EAST + random.nextDouble() * 8000,
                        NORTH + random.nextDouble() * 8000, random.nextInt(3000));
                index.put(c.entryId(), c.userId(), c.east(), c.north(), c.radius());
                live.put(entryId, c);
            }
        }
        assertThat(index.size()).isEqualTo(live.size());
        for (int q = 0; q < 5000; q++) {
            double east = EAST - 1000 + random.nextDouble() * 10_000;
            double north = NORTH - 1000 + random.nextDouble() * 10_000;
            assertThat(sorted(index.usersCovering(east, north))).isEqualTo(bruteForce(live.values(), east, north));
        }
    }

    @Test
    void coordinatesFromTheProjectionWork() {
        ZoneIndex index = new ZoneIndex();
        Sweref99.Point home = Sweref99.toSweref(59.3326, 18.0649);
        index.put(1, 42, home.easting(), home.northing(), 400);

        Sweref99.Point near = Sweref99.toSweref(59.3350, 18.0649);
        Sweref99.Point far = Sweref99.toSweref(59.3400, 18.0649);
        assertThat(index.usersCovering(near.easting(), near.northing())).containsExactly(42L);
        assertThat(index.usersCovering(far.easting(), far.northing())).isEmpty();
    }

    @Test
    void readersSeeConsistentResultsWhileWritersChangeTheIndex() throws Exception {
        ZoneIndex index = new ZoneIndex();
        // Users 1..100 have a fixed circle around the point; others come and go elsewhere and over the point.
        for (int user = 1; user <= 100; user++) {
            index.put(user, user, EAST + user, NORTH, 1000);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            Random random = new Random(4);
            for (int i = 0; i < 50_000; i++) {
                long entryId = 1000 + random.nextInt(500);
                if (random.nextBoolean()) {
                    index.put(entryId, entryId, EAST + random.nextDouble() * 3000, NORTH, 100 + random.nextInt(1000));
                } else {
                    index.remove(entryId);
                }
            }
            done.countDown();
        });
        Thread reader = new Thread(() -> {
            try {
                while (done.getCount() > 0) {
                    long[] users = index.usersCovering(EAST + 50, NORTH);
                    long fixed = Arrays.stream(users).filter(u -> u <= 100).count();
                    assertThat(fixed).isEqualTo(100);
                    assertThat(Arrays.stream(users).distinct().count()).isEqualTo(users.length);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        assertThat(failure.get()).isNull();
    }

    private interface PointSource {
        double[] next(double[] uniform);
    }

    private static void compareWithBruteForce(List<Circle> circles, Random random, int queries, PointSource points) {
        for (int cellMetres : new int[] {ZoneIndex.DEFAULT_CELL_METRES, 250, 2000}) {
            ZoneIndex index = new ZoneIndex(cellMetres);
            for (Circle c : circles) {
                index.put(c.entryId(), c.userId(), c.east(), c.north(), c.radius());
            }
            assertThat(index.size()).isEqualTo(circles.size());
            int nonEmpty = 0;
            for (int q = 0; q < queries / 3; q++) {
                double[] p = points.next(new double[] {random.nextDouble(), random.nextDouble()});
                List<Long> expected = bruteForce(circles, p[0], p[1]);
                assertThat(sorted(index.usersCovering(p[0], p[1]))).isEqualTo(expected);
                if (!expected.isEmpty()) {
                    nonEmpty++;
                }
            }
            // Also query exactly on circle edges, where rounding would show.
            for (int q = 0; q < 2000; q++) {
                Circle c = circles.get(random.nextInt(circles.size()));
                double angle = random.nextDouble() * 2 * Math.PI;
                double east = c.east() + Math.cos(angle) * c.radius();
                double north = c.north() + Math.sin(angle) * c.radius();
                assertThat(sorted(index.usersCovering(east, north))).isEqualTo(bruteForce(circles, east, north));
            }
            assertThat(nonEmpty).isGreaterThan(queries / 30);
        }
    }

    private static List<Long> bruteForce(java.util.Collection<Circle> circles, double east, double north) {
        TreeSet<Long> users = new TreeSet<>();
        for (Circle c : circles) {
            double dx = east - c.east();
            double dy = north - c.north();
            if (dx * dx + dy * dy <= (double) c.radius() * c.radius()) {
                users.add(c.userId());
            }
        }
        return new ArrayList<>(users);
    }

    private static List<Long> sorted(long[] users) {
        return Arrays.stream(users).sorted().boxed().toList();
    }
}
