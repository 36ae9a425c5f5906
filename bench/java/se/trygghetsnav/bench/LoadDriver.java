package se.trygghetsnav.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load: a fixed number of client threads call a task back to back for a fixed time;
 * every call's latency is kept. The same driver and table format as {@link BarometerSubmitBenchmark}.
 */
final class LoadDriver {

    private LoadDriver() {}

    @FunctionalInterface
    interface Task {
        void call() throws Exception;
    }

    record Measurement(int count, Duration elapsed, long[] latenciesNanos) {
        double perSecond() {
            return count / (elapsed.toNanos() / 1e9);
        }

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    static Measurement run(Task task, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    task.call();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - before;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        try {
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Measurement(latencies.length, elapsed, latencies);
    }

    static void header() {
        System.out.printf("%-36s %10s %9s %9s %9s%n", "", "per second", "p50 ms", "p95 ms", "p99 ms");
    }

    static void print(String label, Measurement m) {
        System.out.printf("%-36s %10.0f %9.2f %9.2f %9.2f   (%d requests)%n", label, m.perSecond(), m.percentile(50),
                m.percentile(95), m.percentile(99), m.count());
    }
}
