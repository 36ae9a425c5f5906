package se.trygghetsnav.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.account.AccessTokens;

/**
 * (b) of {@link AlertFanoutBenchmark}: {@code bench.connections} open live streams (SSE,
 * {@code /api/v1/community/live} with each member's access token) to the running application, one RED post through
 * the API, and the time from sending the post until each connection has its {@code alert} event.
 *
 * <p>The connections live in a second JVM ({@link Clients}) started with the same class path: one process may hold
 * at most {@code ulimit -n} files (20,000 here, the hard limit), and the server's and the clients' ends of 10,000
 * sockets would not fit in one. Both processes take their time stamps from {@link System#nanoTime()}, which on Linux
 * is the machine-wide monotonic clock.
 */
final class AlertFanoutLive {

    static final int CONNECTIONS = Integer.getInteger("bench.connections", 10_000);
    /** Sergels torg: the members' zones (1 km) all cover it. */
    static final double LATITUDE = 59.3326;
    static final double LONGITUDE = 18.0649;

    record Result(long[] sortedLatencyNanos, int expected) {}

    private static Session session;

    private AlertFanoutLive() {}

    /**
     * One round: opens the connections the first time, then sends a RED post (running {@code concurrently} just
     * before it) and collects every connection's latency. Null when the build has no live endpoint.
     */
    static Result run(ConfigurableApplicationContext app, AlertFanoutBenchmark.Population population, Runnable concurrently)
            throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        if (session == null) {
            HttpResponse<Void> probe = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/community/live"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (probe.statusCode() == 404) {
                System.out.printf("%n(b) Live delivery: not run, this build has no live endpoint /api/v1/community/live%n");
                return null;
            }
            session = Session.open(app, base);
            if (session == null) {
                return null;
            }
            System.out.printf("%n(b) Live delivery of one RED post to %,d open SSE connections (%,d members with a zone over the post)%n",
                    CONNECTIONS, CONNECTIONS);
        }
        return session.round(concurrently);
    }

    static void print(String label, Result r) {
        long[] l = r.sortedLatencyNanos();
        System.out.printf("  %-40s %9s %9s %9s %9s %12s%n", "", "p50 ms", "p99 ms", "max ms", "total ms", "received");
        System.out.printf("  %-40s %9.1f %9.1f %9.1f %9.1f %7d of %d%n", label, AlertFanoutBenchmark.percentile(l, 50),
                AlertFanoutBenchmark.percentile(l, 99), AlertFanoutBenchmark.percentile(l, 100), AlertFanoutBenchmark.percentile(l, 100),
                l.length, r.expected());
    }

    static void compare(Result alone, Result withPush) {
        if (alone == null || withPush == null) {
            return;
        }
        print("live alone (again, baseline)", alone);
        print("live while PushSender runs", withPush);
        System.out.printf("  With push / alone: p50 %.2fx, p99 %.2fx, total %.2fx%n",
                AlertFanoutBenchmark.percentile(withPush.sortedLatencyNanos(), 50) / AlertFanoutBenchmark.percentile(alone.sortedLatencyNanos(), 50),
                AlertFanoutBenchmark.percentile(withPush.sortedLatencyNanos(), 99) / AlertFanoutBenchmark.percentile(alone.sortedLatencyNanos(), 99),
                AlertFanoutBenchmark.percentile(withPush.sortedLatencyNanos(), 100) / AlertFanoutBenchmark.percentile(alone.sortedLatencyNanos(), 100));
    }

    static void close() {
        if (session != null) {
            session.clients.destroy();
            session = null;
        }
    }

    /** The members, the client process and the author of the posts. */
    private static final class Session {

        final Process clients;
        final BufferedReader fromClients;
        final PrintWriter toClients;
        final HttpClient http = HttpClient.newHttpClient();
        final String base;
        final String authorToken;
        int posts;

        Session(Process clients, String base, String authorToken) {
            this.clients = clients;
            this.fromClients = new BufferedReader(new InputStreamReader(clients.getInputStream(), StandardCharsets.UTF_8));
            this.toClients = new PrintWriter(clients.getOutputStream(), true, StandardCharsets.UTF_8);
            this.base = base;
            this.authorToken = authorToken;
        }

        static Session open(ConfigurableApplicationContext app, String base) throws Exception {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            AccessTokens tokens = app.getBean(AccessTokens.class);
            long setUp = System.nanoTime();
            List<Long> ids = jdbc.sql("""
                            INSERT INTO app_user (email, display_name, password_hash)
                            SELECT 'bench-live-' || g || '@trygghetsnav.local', 'Bänk live ' || g, '{noop}x' FROM generate_series(0, :n) g
                            RETURNING id
                            """).param("n", CONNECTIONS).query(Long.class).list();
            Long[] array = ids.toArray(Long[]::new);
            jdbc.sql("INSERT INTO community_member (user_id, municipality_code, kind) SELECT unnest(CAST(:ids AS bigint[])), '0180', 'RESIDENT'")
                    .param("ids", array).update();
            jdbc.sql("INSERT INTO community_consent (user_id, kind, version) SELECT unnest(CAST(:ids AS bigint[])), 'CODE_OF_CONDUCT', '2026-11'")
                    .param("ids", array).update();
            // ids[0] writes the posts; the others have a 1 km zone within 300 m of the post
            jdbc.sql("""
                            INSERT INTO alert_zone (user_id, name, latitude, longitude, radius_m)
                            SELECT u, 'Hemma', :lat + (random() - 0.5) * 0.005, :lon + (random() - 0.5) * 0.01, 1000
                            FROM unnest(CAST(:ids AS bigint[])) u
                            """).param("ids", Arrays.copyOfRange(array, 1, array.length)).param("lat", LATITUDE).param("lon", LONGITUDE)
                    .update();
            Object directory = app.getBean(Class.forName("se.trygghetsnav.community.ZoneDirectory"));
            var reload = directory.getClass().getDeclaredMethod("reload");
            reload.setAccessible(true);
            reload.invoke(directory);
            Path tokenFile = Files.createTempFile("bench-live-tokens", ".txt");
            List<String> lines = new ArrayList<>();
            for (int i = 1; i < ids.size(); i++) {
                lines.add(tokens.create(ids.get(i), "bench"));
            }
            Files.write(tokenFile, lines);
            String authorToken = tokens.create(ids.get(0), "bench");
            System.out.printf("  (members, zones and access tokens made in %.1f s)%n", (System.nanoTime() - setUp) / 1e9);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    Clients.class.getName(), base, tokenFile.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Session s = new Session(process, base, authorToken);
            long openStart = System.nanoTime();
            String line = s.fromClients.readLine();
            if (line == null || !line.startsWith("OPEN ")) {
                System.out.println("  the client process failed: " + line);
                process.destroy();
                return null;
            }
            System.out.printf("  (%s connections open after %.1f s)%n", line.substring(5), (System.nanoTime() - openStart) / 1e9);
            return s;
        }

        Result round(Runnable concurrently) throws Exception {
            toClients.println("ROUND");
            String ready = fromClients.readLine();
            if (!"READY".equals(ready)) {
                throw new IllegalStateException("client process: " + ready);
            }
            if (concurrently != null) {
                concurrently.run();
            }
            String json = """
                    {"body": "Brand i trapphuset, rök i hela huset. Räddningstjänsten är på väg (bänk %d).", "priority": "RED",
                     "visibility": "PUBLIC", "latitude": %s, "longitude": %s, "exactPosition": true}
                    """.formatted(++posts, LATITUDE, LONGITUDE);
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/community/posts"))
                    .header("Authorization", "Bearer " + authorToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("post: " + response.statusCode() + " " + response.body());
            }
            String stamps = fromClients.readLine();
            if (stamps == null || !stamps.startsWith("STAMPS")) {
                throw new IllegalStateException("client process: " + stamps);
            }
            long[] latencies = Arrays.stream(stamps.substring(6).trim().split(" ")).filter(s -> !s.isEmpty())
                    .mapToLong(s -> Long.parseLong(s) - t0).sorted().toArray();
            return new Result(latencies, CONNECTIONS);
        }
    }

    /**
     * The client process: opens one live stream per token (in batches), prints OPEN n; then for each ROUND line
     * prints READY, waits for one alert on every stream (at most 60 s) and prints the arrival times.
     */
    public static final class Clients {

        public static void main(String[] args) throws Exception {
            String base = args[0];
            List<String> tokens = Files.readAllLines(Path.of(args[1]));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            long[] arrived = new long[tokens.size()];
            AtomicInteger open = new AtomicInteger();
            CountDownLatch[] alerts = {new CountDownLatch(tokens.size())};
            List<Stream> streams = new ArrayList<>();
            for (int from = 0; from < tokens.size(); from += 250) {
                int to = Math.min(tokens.size(), from + 250);
                CountDownLatch batch = new CountDownLatch(to - from);
                for (int i = from; i < to; i++) {
                    Stream stream = new Stream(i, arrived, alerts, batch, open);
                    streams.add(stream);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/community/live"))
                            .header("Accept", "text/event-stream").header("Authorization", "Bearer " + tokens.get(i)).GET().build();
                    client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(stream)).whenComplete((r, e) -> {
                        if (e != null || r.statusCode() != 200) {
                            System.err.println("stream failed: " + (e != null ? e : r.statusCode()));
                            batch.countDown();
                        }
                    });
                }
                batch.await(60, TimeUnit.SECONDS);
            }
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            out.println("OPEN " + open.get());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = in.readLine()) != null) {
                if (!command.equals("ROUND")) {
                    continue;
                }
                Arrays.fill(arrived, 0);
                alerts[0] = new CountDownLatch(open.get());
                for (Stream s : streams) {
                    s.waitingForAlert = true;
                }
                out.println("READY");
                alerts[0].await(60, TimeUnit.SECONDS);
                StringBuilder line = new StringBuilder("STAMPS");
                for (long t : arrived) {
                    if (t != 0) {
                        line.append(' ').append(t);
                    }
                }
                out.println(line);
            }
            System.exit(0);
        }
    }

    /** One stream: counts itself open at the first line, stamps the first alert event of each round. */
    private static final class Stream implements Flow.Subscriber<String> {

        final int index;
        final long[] arrived;
        final CountDownLatch[] alerts;
        final CountDownLatch opened;
        final AtomicInteger open;
        volatile boolean waitingForAlert;
        boolean counted;
        boolean inAlert;

        Stream(int index, long[] arrived, CountDownLatch[] alerts, CountDownLatch opened, AtomicInteger open) {
            this.index = index;
            this.arrived = arrived;
            this.alerts = alerts;
            this.opened = opened;
            this.open = open;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!counted) {
                counted = true;
                open.incrementAndGet();
                opened.countDown();
            }
            if (line.equals("event:alert") || line.equals("event: alert")) {
                inAlert = true;
            } else if (line.startsWith("data:") && inAlert) {
                inAlert = false;
                if (waitingForAlert) {
                    waitingForAlert = false;
                    arrived[index] = System.nanoTime();
                    alerts[0].countDown();
                }
            } else if (line.isEmpty()) {
                inAlert = false;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            System.err.println("stream " + index + ": " + throwable);
        }

        @Override
        public void onComplete() {
        }
    }
}
