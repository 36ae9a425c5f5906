package se.trygghetsnav.bench;

import com.sun.net.httpserver.HttpServer;
import com.zerodeplibs.webpush.MessageEncryption;
import com.zerodeplibs.webpush.MessageEncryptions;
import com.zerodeplibs.webpush.UserAgentMessageEncryptionKeyInfo;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.TrygghetsnavApplication;
import se.trygghetsnav.community.PushMessage;
import se.trygghetsnav.community.PushSender;
import se.trygghetsnav.community.ZoneIndex;
import se.trygghetsnav.municipality.Sweref99;

/**
 * Who gets alerted by a new RED post, and how fast the alert reaches them.
 *
 * <ol>
 *   <li>(a) 1,000,000 users' alert zones and shared positions in Stockholm county, clustered like the population
 *       (Gaussian clusters around the 26 municipal centres weighted by population, radii 100 m..5 km skewed small);
 *       the set of users covering a post drawn from the same population: {@link ZoneIndex} against an indexed SQL
 *       query (cube + earthdistance, GiST on ll_to_earth) in the embedded PostgreSQL on the same data.</li>
 *   <li>(b) live delivery to open SSE connections, see {@link AlertFanoutLive} (needs the live endpoint).</li>
 *   <li>(c) Web Push to 10,000 recipients through {@link PushSender} to a push service on loopback: per recipient,
 *       against a bare HTTP POST of the same size without encryption.</li>
 * </ol>
 * Run with {@code mvn -Pbench verify -Dbench.class=se.trygghetsnav.bench.AlertFanoutBenchmark}.
 */
public final class AlertFanoutBenchmark {

    static final int USERS = Integer.getInteger("bench.users", 1_000_000);
    static final int RECIPIENTS = Integer.getInteger("bench.recipients", 10_000);
    static final int SQL_QUERIES = Integer.getInteger("bench.sqlQueries", 400);
    static final int INDEX_QUERIES = 20_000;
    static final long SEED = 20261123L;

    /** Municipal centres of Stockholm county (WGS84) and roughly their population in thousands. */
    static final Object[][] CENTRES = {
            {"Stockholm", 59.3293, 18.0686, 984}, {"Huddinge", 59.2369, 17.9819, 115}, {"Nacka", 59.3105, 18.1637, 108},
            {"Södertälje", 59.1955, 17.6253, 101}, {"Botkyrka", 59.2000, 17.8300, 97}, {"Haninge", 59.1679, 18.1442, 96},
            {"Solna", 59.3600, 18.0009, 85}, {"Järfälla", 59.4333, 17.8333, 85}, {"Sollentuna", 59.4280, 17.9510, 76},
            {"Täby", 59.4439, 18.0687, 75}, {"Norrtälje", 59.7580, 18.7050, 63}, {"Sundbyberg", 59.3610, 17.9720, 54},
            {"Sigtuna", 59.6170, 17.7230, 50}, {"Tyresö", 59.2440, 18.2290, 49}, {"Upplands Väsby", 59.5180, 17.9110, 48},
            {"Lidingö", 59.3667, 18.1333, 48}, {"Österåker", 59.4820, 18.3000, 47}, {"Värmdö", 59.3140, 18.3880, 46},
            {"Vallentuna", 59.5340, 18.0780, 34}, {"Danderyd", 59.4000, 18.0330, 33}, {"Upplands-Bro", 59.5190, 17.6390, 30},
            {"Ekerö", 59.2910, 17.8120, 29}, {"Nynäshamn", 58.9030, 17.9480, 29}, {"Salem", 59.2030, 17.7700, 17},
            {"Vaxholm", 59.4020, 18.3510, 12}, {"Nykvarn", 59.1780, 17.4310, 11}};

    private AlertFanoutBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.printf("Alert fan-out benchmark: %,d users in Stockholm county, %d cores, Java %s, max heap %d MB%n", USERS,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        ConfigurableApplicationContext app = SpringApplication.run(TrygghetsnavApplication.class,
                "--server.port=0", "--trygghetsnav.embedded-db.data-dir=", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--server.tomcat.max-connections=" + (AlertFanoutLive.CONNECTIONS + 2000), "--server.tomcat.accept-count=2000",
                "--trygghetsnav.push.allow-http-endpoints=true", "--trygghetsnav.push.queue=100");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Population population = new Population(new Random(SEED));
            recipients(jdbc, population);
            AlertFanoutLive.Result live = AlertFanoutLive.run(app, population, null);
            pushCost(app, jdbc, live);
        } finally {
            app.close();
        }
    }

    // --- (a) recipients: ZoneIndex against SQL ---

    private static void recipients(JdbcClient jdbc, Population population) {
        Circles circles = Circles.generate(population, USERS, new Random(SEED + 1));
        System.out.printf("%n(a) Recipients of a RED post: %,d circles (%,d zones, %,d shared positions) of %,d users; radius p50 %d m, p90 %d m, max %d m%n",
                circles.size, circles.zones, circles.size - circles.zones, USERS, circles.radiusPercentile(50), circles.radiusPercentile(90),
                circles.radiusPercentile(100));

        System.gc();
        long heapBefore = usedHeap();
        long loadStart = System.nanoTime();
        ZoneIndex index = new ZoneIndex();
        for (int i = 0; i < circles.size; i++) {
            index.put(circles.entryId[i], circles.userId[i], circles.east[i], circles.north[i], circles.radius[i]);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.gc();
        long heapAfter = usedHeap();
        System.out.printf("  ZoneIndex loaded in %.1f s: %,d entries, %,d cell registrations, about %d MB of heap%n", loadSeconds,
                index.size(), index.registrations(), (heapAfter - heapBefore) >> 20);

        Random postRandom = new Random(SEED + 2);
        double[][] posts = new double[INDEX_QUERIES][];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = population.point(postRandom);
        }
        // warm up, then time every query on its own
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (double[] p : posts) {
                sink += index.usersCovering(p[0], p[1]).length;
            }
        }
        long[] indexNanos = new long[posts.length];
        long found = 0;
        for (int i = 0; i < posts.length; i++) {
            long start = System.nanoTime();
            long[] users = index.usersCovering(posts[i][0], posts[i][1]);
            indexNanos[i] = System.nanoTime() - start;
            found += users.length;
        }
        Arrays.sort(indexNanos);

        loadSql(jdbc, circles);
        String query = """
                SELECT DISTINCT user_id FROM bench_alert_circle
                WHERE earth_box(ll_to_earth(:lat, :lon), 5000) @> ll_to_earth(latitude, longitude)
                  AND earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(latitude, longitude)) <= radius_m
                """;
        Sweref99.LatLng first = Sweref99.toWgs84(posts[0][1], posts[0][0]);
        System.out.println("  SQL plan: " + String.join(" | ", jdbc.sql("EXPLAIN " + query).param("lat", first.latitude())
                .param("lon", first.longitude()).query(String.class).list()).replaceAll("\\s+", " "));
        for (int i = 0; i < 20; i++) {
            Sweref99.LatLng p = Sweref99.toWgs84(posts[i][1], posts[i][0]);
            sink += jdbc.sql(query).param("lat", p.latitude()).param("lon", p.longitude()).query(Long.class).list().size();
        }
        long[] sqlNanos = new long[Math.min(SQL_QUERIES, posts.length)];
        int identical = 0;
        long symmetricDifference = 0;
        long sqlFound = 0;
        long indexFoundSameQueries = 0;
        for (int i = 0; i < sqlNanos.length; i++) {
            Sweref99.LatLng p = Sweref99.toWgs84(posts[i][1], posts[i][0]);
            long start = System.nanoTime();
            long[] users = jdbc.sql(query).param("lat", p.latitude()).param("lon", p.longitude()).query(Long.class).list()
                    .stream().mapToLong(Long::longValue).toArray();
            sqlNanos[i] = System.nanoTime() - start;
            long[] fromIndex = index.usersCovering(posts[i][0], posts[i][1]);
            Arrays.sort(users);
            Arrays.sort(fromIndex);
            sqlFound += users.length;
            indexFoundSameQueries += fromIndex.length;
            if (Arrays.equals(users, fromIndex)) {
                identical++;
            } else {
                symmetricDifference += symmetricDifference(users, fromIndex);
            }
        }
        Arrays.sort(sqlNanos);

        System.out.printf("  %-44s %10s %10s %10s %14s%n", "", "p50 ms", "p99 ms", "max ms", "users per post");
        System.out.printf("  %-44s %10.4f %10.4f %10.4f %14.1f   (%,d posts)%n", "ZoneIndex.usersCovering", percentile(indexNanos, 50),
                percentile(indexNanos, 99), percentile(indexNanos, 100), found / (double) posts.length, posts.length);
        System.out.printf("  %-44s %10.4f %10.4f %10.4f %14.1f   (%,d posts)%n", "SQL earth_box + earth_distance, GiST (baseline)",
                percentile(sqlNanos, 50), percentile(sqlNanos, 99), percentile(sqlNanos, 100), sqlFound / (double) sqlNanos.length,
                sqlNanos.length);
        System.out.printf("  ZoneIndex is %.0fx faster than SQL at p50 and %.0fx at p99 (SQL time / ZoneIndex time)%n",
                percentile(sqlNanos, 50) / percentile(indexNanos, 50), percentile(sqlNanos, 99) / percentile(indexNanos, 99));
        System.out.printf("  Same recipients for %d of %d posts; %,d users differ in total (%,d found by SQL, %,d by ZoneIndex): "
                        + "SQL measures on the sphere, ZoneIndex in the SWEREF 99 TM plane, so circle edges differ by centimetres%n",
                identical, sqlNanos.length, symmetricDifference, sqlFound, indexFoundSameQueries);
        if (sink == 42) {
            System.out.println();
        }
        jdbc.sql("DROP TABLE bench_alert_circle").update();
    }

    private static void loadSql(JdbcClient jdbc, Circles circles) {
        long start = System.nanoTime();
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS cube").update();
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS earthdistance").update();
        jdbc.sql("""
                CREATE TABLE bench_alert_circle (entry_id bigint PRIMARY KEY, user_id bigint NOT NULL,
                    latitude double precision NOT NULL, longitude double precision NOT NULL, radius_m integer NOT NULL)
                """).update();
        int chunk = 50_000;
        for (int from = 0; from < circles.size; from += chunk) {
            int to = Math.min(circles.size, from + chunk);
            Long[] entry = new Long[to - from];
            Long[] user = new Long[to - from];
            Double[] lat = new Double[to - from];
            Double[] lon = new Double[to - from];
            Integer[] radius = new Integer[to - from];
            for (int i = from; i < to; i++) {
                entry[i - from] = circles.entryId[i];
                user[i - from] = circles.userId[i];
                lat[i - from] = circles.latitude[i];
                lon[i - from] = circles.longitude[i];
                radius[i - from] = circles.radius[i];
            }
            jdbc.sql("""
                    INSERT INTO bench_alert_circle
                    SELECT * FROM unnest(CAST(:e AS bigint[]), CAST(:u AS bigint[]), CAST(:lat AS float8[]), CAST(:lon AS float8[]),
                                         CAST(:r AS int[]))
                    """).param("e", entry).param("u", user).param("lat", lat).param("lon", lon).param("r", radius).update();
        }
        double loaded = (System.nanoTime() - start) / 1e9;
        jdbc.sql("CREATE INDEX bench_alert_circle_earth ON bench_alert_circle USING gist (ll_to_earth(latitude, longitude))").update();
        jdbc.sql("VACUUM (ANALYZE) bench_alert_circle").update();
        System.out.printf("  PostgreSQL: %,d rows loaded in %.1f s, GiST index and ANALYZE after %.1f s in all%n", circles.size, loaded,
                (System.nanoTime() - start) / 1e9);
    }

    // --- (c) Web Push cost ---

    private static void pushCost(ConfigurableApplicationContext app, JdbcClient jdbc, AlertFanoutLive.Result liveAlone) throws Exception {
        System.out.printf("%n(c) Web Push to %,d recipients through PushSender to a push service on loopback%n", RECIPIENTS);
        AtomicInteger received = new AtomicInteger();
        HttpServer pushService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        pushService.setExecutor(Executors.newFixedThreadPool(4));
        pushService.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        pushService.start();
        try {
            String base = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + pushService.getAddress().getPort();
            List<Long> userIds = pushRecipients(jdbc, base);
            PushMessage message = new PushMessage("Rött larm nära dig", "Brand i ett flerfamiljshus, räddningstjänsten är på plats. "
                    + "Håll fönster stängda och undvik området.", "/samverkan/inlagg/123456", "post-123456");

            // Encryption alone (the library call PushSender makes per recipient), one thread.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            UserAgentMessageEncryptionKeyInfo browser = UserAgentMessageEncryptionKeyInfo.of(
                    uncompressed((ECPublicKey) generator.generateKeyPair().getPublic()), auth);
            MessageEncryption encryption = MessageEncryptions.of();
            String payload = "{\"title\":\"" + message.title() + "\",\"body\":\"" + message.body() + "\",\"url\":\"" + message.url()
                    + "\",\"tag\":\"" + message.tag() + "\"}";
            int bodySize = 0;
            for (int i = 0; i < 2000; i++) {
                bodySize = encryption.encrypt(browser, com.zerodeplibs.webpush.PushMessage.ofUTF8(payload)).length();
            }
            long encryptStart = System.nanoTime();
            for (int i = 0; i < RECIPIENTS; i++) {
                encryption.encrypt(browser, com.zerodeplibs.webpush.PushMessage.ofUTF8(payload));
            }
            double encryptMicros = (System.nanoTime() - encryptStart) / 1e3 / RECIPIENTS;

            // Baseline: the same number of bare POSTs of an unencrypted body of the same size, 64 in flight.
            byte[] plain = new byte[bodySize];
            HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
            bare(client, base, plain, 2000);
            int before = received.get();
            long bareStart = System.nanoTime();
            bare(client, base, plain, RECIPIENTS);
            double bareSeconds = (System.nanoTime() - bareStart) / 1e9;
            received.addAndGet(-(received.get() - before));

            PushSender sender = app.getBean(PushSender.class);
            sender.sendLater(userIds.subList(0, 500), message); // warm-up
            awaitSent(sender, 500);
            PushSender.Stats start = sender.stats();
            long sendStart = System.nanoTime();
            sender.sendLater(userIds, message);
            long returnedAfter = System.nanoTime() - sendStart;
            awaitSent(sender, start.sent() + start.failed() + userIds.size());
            double pushSeconds = (System.nanoTime() - sendStart) / 1e9;
            PushSender.Stats end = sender.stats();

            System.out.printf("  %-58s %12s %14s%n", "", "total s", "per recipient ms");
            System.out.printf("  %-58s %12.3f %14.4f%n", "payload encryption alone (aes128gcm, one thread)", encryptMicros * RECIPIENTS / 1e6,
                    encryptMicros / 1e3);
            System.out.printf("  %-58s %12.3f %14.4f%n", "bare POST of " + bodySize + " bytes, 64 in flight (baseline)", bareSeconds,
                    bareSeconds * 1e3 / RECIPIENTS);
            System.out.printf("  %-58s %12.3f %14.4f%n", "PushSender: load subscriptions, encrypt, VAPID, POST", pushSeconds,
                    pushSeconds * 1e3 / RECIPIENTS);
            System.out.printf("  PushSender / bare POST: %.1fx; sendLater returned after %.3f ms; %,d accepted, %,d failed, %,d dropped%n",
                    pushSeconds / bareSeconds, returnedAfter / 1e6, end.sent() - start.sent(), end.failed() - start.failed(),
                    end.dropped() - start.dropped());

            if (liveAlone != null) {
                System.out.printf("%n(b+c) Live alerts while PushSender sends to %,d recipients%n", RECIPIENTS);
                AlertFanoutLive.Result withPush = AlertFanoutLive.run(app, null, () -> sender.sendLater(userIds, message));
                AlertFanoutLive.compare(liveAlone, withPush);
                awaitSent(sender, sender.stats().sent() + sender.stats().failed());
            }
        } finally {
            pushService.stop(0);
        }
    }

    private static List<Long> pushRecipients(JdbcClient jdbc, String base) throws Exception {
        List<Long> ids = jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash)
                        SELECT 'bench-push-' || g || '@trygghetsnav.local', 'Bänk push ' || g, '{noop}x' FROM generate_series(1, :n) g
                        RETURNING id
                        """).param("n", RECIPIENTS).query(Long.class).list();
        Long[] array = ids.toArray(Long[]::new);
        jdbc.sql("INSERT INTO community_member (user_id, municipality_code, kind) SELECT unnest(CAST(:ids AS bigint[])), '0180', 'RESIDENT'")
                .param("ids", array).update();
        jdbc.sql("INSERT INTO community_consent (user_id, kind, version) SELECT unnest(CAST(:ids AS bigint[])), 'PUSH', '2026-11'")
                .param("ids", array).update();
        // One browser key pair per 100 recipients (encryption cost is per message: a fresh server key every time).
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        SecureRandom random = new SecureRandom();
        String[] p256dh = new String[ids.size()];
        String[] auth = new String[ids.size()];
        String[] endpoint = new String[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            if (i % 100 == 0) {
                byte[] secret = new byte[16];
                random.nextBytes(secret);
                p256dh[i] = Base64.getUrlEncoder().withoutPadding().encodeToString(uncompressed((ECPublicKey) generator.generateKeyPair().getPublic()));
                auth[i] = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            } else {
                p256dh[i] = p256dh[i - 1];
                auth[i] = auth[i - 1];
            }
            endpoint[i] = base + "/push/" + ids.get(i);
        }
        jdbc.sql("""
                        INSERT INTO push_subscription (user_id, endpoint, p256dh, auth)
                        SELECT * FROM unnest(CAST(:u AS bigint[]), CAST(:e AS text[]), CAST(:p AS text[]), CAST(:a AS text[]))
                        """).param("u", array).param("e", endpoint).param("p", p256dh).param("a", auth).update();
        return ids;
    }

    private static void bare(HttpClient client, String base, byte[] body, int count) throws Exception {
        Semaphore inFlight = new Semaphore(64);
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/bare/" + i)).header("TTL", "43200")
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> inFlight.release());
        }
        inFlight.acquire(64);
        inFlight.release(64);
    }

    private static void awaitSent(PushSender sender, long total) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (sender.stats().sent() + sender.stats().failed() + sender.stats().dropped() < total && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
    }

    // --- data ---

    /** Where people live: a mixture of Gaussian clusters around the municipal centres, weighted by population. */
    static final class Population {

        final double[] east = new double[CENTRES.length];
        final double[] north = new double[CENTRES.length];
        final double[] sigma = new double[CENTRES.length];
        final double[] cumulative = new double[CENTRES.length];

        Population(Random random) {
            double total = 0;
            for (Object[] c : CENTRES) {
                total += ((Number) c[3]).doubleValue();
            }
            double sum = 0;
            for (int i = 0; i < CENTRES.length; i++) {
                Sweref99.Point p = Sweref99.toSweref((Double) CENTRES[i][1], (Double) CENTRES[i][2]);
                east[i] = p.easting();
                north[i] = p.northing();
                double thousands = ((Number) CENTRES[i][3]).doubleValue();
                // a 10,000-person town spreads ~1 km, Stockholm ~4 km (one standard deviation)
                sigma[i] = 400 * Math.sqrt(thousands / 10);
                sum += thousands / total;
                cumulative[i] = sum;
            }
        }

        /** A random point {east, north} in SWEREF 99 TM. */
        double[] point(Random random) {
            double u = random.nextDouble();
            int c = 0;
            while (c < cumulative.length - 1 && cumulative[c] < u) {
                c++;
            }
            return new double[] {east[c] + random.nextGaussian() * sigma[c], north[c] + random.nextGaussian() * sigma[c]};
        }
    }

    /** The circles of the users: a home zone each, a second zone for 30 %, a shared position for 20 %. */
    static final class Circles {

        long[] entryId;
        long[] userId;
        double[] east;
        double[] north;
        double[] latitude;
        double[] longitude;
        int[] radius;
        int size;
        int zones;

        static Circles generate(Population population, int users, Random random) {
            Circles c = new Circles();
            int capacity = (int) (users * 1.55);
            c.entryId = new long[capacity];
            c.userId = new long[capacity];
            c.east = new double[capacity];
            c.north = new double[capacity];
            c.latitude = new double[capacity];
            c.longitude = new double[capacity];
            c.radius = new int[capacity];
            long zoneId = 0;
            for (long user = 1; user <= users; user++) {
                double[] home = population.point(random);
                c.add(++zoneId, user, home, radius(random));
                if (random.nextDouble() < 0.3) {
                    c.add(++zoneId, user, population.point(random), radius(random));
                }
                if (random.nextDouble() < 0.2) {
                    double[] here = {home[0] + random.nextGaussian() * 2000, home[1] + random.nextGaussian() * 2000};
                    c.add(-user, user, here, radius(random));
                }
            }
            c.zones = (int) zoneId;
            return c;
        }

        /** 100 m .. 5 km, skewed small: median about 160 m, one in six over 1 km. */
        static int radius(Random random) {
            double u = random.nextDouble();
            return (int) Math.round(100 * Math.pow(50, u * u * u));
        }

        private void add(long entry, long user, double[] point, int r) {
            entryId[size] = entry;
            userId[size] = user;
            east[size] = point[0];
            north[size] = point[1];
            Sweref99.LatLng ll = Sweref99.toWgs84(point[1], point[0]);
            latitude[size] = ll.latitude();
            longitude[size] = ll.longitude();
            radius[size] = r;
            size++;
        }

        int radiusPercentile(int p) {
            int[] sorted = Arrays.copyOf(radius, size);
            Arrays.sort(sorted);
            return sorted[Math.min(size - 1, (int) Math.ceil(p / 100.0 * size) - 1)];
        }
    }

    static double percentile(long[] sortedNanos, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    private static long symmetricDifference(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        long differ = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                differ++;
                i++;
            } else if (i == a.length || b[j] < a[i]) {
                differ++;
                j++;
            } else {
                i++;
                j++;
            }
        }
        return differ;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + 32 - Math.min(32, x.length), Math.min(32, x.length));
        System.arraycopy(y, Math.max(0, y.length - 32), point, 33 + 32 - Math.min(32, y.length), Math.min(32, y.length));
        return point;
    }
}
