package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.account.AccessTokens;
import tools.jackson.databind.JsonNode;

/** Alert zones, shared position, settings and the notification list through the API; alerts fan out to the right members. */
class AlertApiTest extends IntegrationTest {

    static final double LAT = 57.4850;
    static final double LON = 13.3510;

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired ZoneDirectory directory;
    @Autowired ZoneService zoneService;

    private CommunityFixtures community;
    private AlertTestPosts posts;

    @BeforeEach
    void setUp() {
        community = new CommunityFixtures(jdbc, tokens, encoder);
        posts = new AlertTestPosts(community, jdbc, transactions, events);
        directory.reload();
    }

    @Test
    void aMemberCreatesListsAndDeletesTheirOwnZonesAndNobodyElseSeesThem() {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        Person bo = community.member(Fixtures.TRANEMO, "Bo");
        LiveTestClient annaApi = api(anna);
        LiveTestClient boApi = api(bo);

        TestHttp.Reply created = annaApi.post("/api/v1/community/zones", zone("Hemma", LAT, LON, 500));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/community/zones/" + id);
        assertThat(annaApi.post("/api/v1/community/zones", zone("Butiken", 57.49, 13.36, 5000)).status()).isEqualTo(201);

        JsonNode list = annaApi.get("/api/v1/community/zones").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asString()).isEqualTo("Hemma");
        assertThat(list.get(0).get("radiusMetres").asInt()).isEqualTo(500);
        assertThat(annaApi.get("/api/v1/community/zones/" + id).status()).isEqualTo(200);

        assertThat(boApi.get("/api/v1/community/zones").json()).isEmpty();
        assertThat(boApi.get("/api/v1/community/zones/" + id).status()).isEqualTo(404);
        assertThat(boApi.delete("/api/v1/community/zones/" + id).status()).isEqualTo(404);
        assertThat(directory.zoneCount()).isEqualTo(2);

        assertThat(annaApi.delete("/api/v1/community/zones/" + id).status()).isEqualTo(204);
        assertThat(annaApi.delete("/api/v1/community/zones/" + id).status()).isEqualTo(404);
        assertThat(annaApi.get("/api/v1/community/zones").json()).hasSize(1);
        assertThat(directory.zoneCount()).isEqualTo(1);
    }

    @Test
    void invalidZonesAreRefusedWithProblemDetails() {
        LiveTestClient anna = api(community.member(Fixtures.TRANEMO, "Anna"));
        TestHttp.Reply tooSmall = anna.post("/api/v1/community/zones", zone("Hemma", LAT, LON, 99));
        assertThat(tooSmall.status()).isEqualTo(422);
        assertThat(fields(tooSmall)).containsExactly("radiusMetres");
        assertThat(fields(anna.post("/api/v1/community/zones", zone("Hemma", LAT, LON, 5001)))).containsExactly("radiusMetres");
        assertThat(fields(anna.post("/api/v1/community/zones", "{\"name\":\" \",\"latitude\":91,\"longitude\":13}")))
                .containsExactlyInAnyOrder("name", "latitude", "radiusMetres");
        assertThat(fields(anna.post("/api/v1/community/zones", zone("x".repeat(61), LAT, LON, 500)))).containsExactly("name");
        assertThat(anna.post("/api/v1/community/zones", "{\"name\":\"Hemma\",\"radiusMetres\":\"stor\"}").status()).isEqualTo(400);
        assertThat(anna.post("/api/v1/community/zones", "{inte json").status()).isEqualTo(400);
        for (int i = 0; i < 10; i++) {
            assertThat(anna.post("/api/v1/community/zones", zone("Zon " + i, LAT, LON, 100)).status()).isEqualTo(201);
        }
        assertThat(fields(anna.post("/api/v1/community/zones", zone("En till", LAT, LON, 100)))).containsExactly("zones");
        assertThat(anna.delete("/api/v1/community/zones/inte-ett-id").status()).isEqualTo(400);
    }

    @Test
    void aSharedPositionIsKeptAtMost24HoursWithConsentAndDeletedWhenStopped() {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        LiveTestClient annaApi = api(anna);
        LiveTestClient boApi = api(community.member(Fixtures.TRANEMO, "Bo"));
        assertThat(annaApi.get("/api/v1/community/position").status()).isEqualTo(404);

        TestHttp.Reply shared = annaApi.put("/api/v1/community/position",
                "{\"latitude\":57.485,\"longitude\":13.351,\"radiusMetres\":1000,\"hours\":4}");
        assertThat(shared.status()).isEqualTo(200);
        Instant expires = Instant.parse(shared.json().get("expiresAt").asString());
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofHours(3)), Instant.now().plus(Duration.ofHours(4)));
        assertThat(consents(anna.id(), true)).isEqualTo(1);
        assertThat(directory.positionCount()).isEqualTo(1);
        assertThat(annaApi.get("/api/v1/community/position").json().get("radiusMetres").asInt()).isEqualTo(1000);
        assertThat(boApi.get("/api/v1/community/position").status()).isEqualTo(404);

        // moving it keeps one row and one consent; a missing duration means the longest, 24 hours
        TestHttp.Reply moved = annaApi.put("/api/v1/community/position", "{\"latitude\":57.49,\"longitude\":13.36,\"radiusMetres\":500}");
        assertThat(Instant.parse(moved.json().get("expiresAt").asString())).isBefore(Instant.now().plus(Duration.ofHours(24)).plusSeconds(5));
        assertThat(jdbc.sql("SELECT count(*) FROM shared_position").query(Long.class).single()).isEqualTo(1);
        assertThat(consents(anna.id(), true)).isEqualTo(1);

        assertThat(fields(annaApi.put("/api/v1/community/position", "{\"latitude\":57.49,\"longitude\":13.36,\"radiusMetres\":500,\"hours\":25}")))
                .containsExactly("hours");
        assertThat(fields(annaApi.put("/api/v1/community/position", "{\"radiusMetres\":50}"))).containsExactly("latitude", "radiusMetres");

        assertThat(annaApi.delete("/api/v1/community/position").status()).isEqualTo(204);
        assertThat(annaApi.get("/api/v1/community/position").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM shared_position").query(Long.class).single()).isZero();
        assertThat(consents(anna.id(), true)).isZero();
        assertThat(consents(anna.id(), false)).isEqualTo(1);
        assertThat(directory.positionCount()).isZero();
    }

    @Test
    void expiredPositionsAreDeletedAndNeverAlert() {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        Person bo = community.member(Fixtures.TRANEMO, "Bo");
        jdbc.sql("""
                        INSERT INTO shared_position (user_id, latitude, longitude, radius_m, shared_at, expires_at)
                        VALUES (?, 57.485, 13.351, 1000, now() - interval '25 hours', now() - interval '1 hour')
                        """).param(bo.id()).update();
        directory.reload();
        assertThat(directory.positionCount()).isZero();
        directory.putPosition(bo.id(), LAT, LON, 1000, Instant.now().minusSeconds(60));
        posts.publish(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.RED, "Brand i soprum", LAT, LON);
        assertThat(alertsOf(bo.id())).isEmpty();

        assertThat(zoneService.deleteExpiredPositions()).containsExactly(bo.id());
        assertThat(jdbc.sql("SELECT count(*) FROM shared_position").query(Long.class).single()).isZero();
        assertThat(directory.positionCount()).isZero();
    }

    @Test
    void aRedPublicPostAlertsMembersWhoseZoneOrPositionCoversIt() throws Exception {
        Person author = community.member(Fixtures.TRANEMO, "Anna");
        Person near = community.member(Fixtures.TRANEMO, "Bo");
        Person far = community.member(Fixtures.TRANEMO, "Cecilia");
        Person paused = community.member(Fixtures.TRANEMO, "David");
        Person digest = community.member(Fixtures.TRANEMO, "Eva");
        Person boras = community.member(Fixtures.BORAS, "Fredrik");
        Person walking = community.member(Fixtures.TRANEMO, "Gustav");
        api(near).post("/api/v1/community/zones", zone("Hemma", 57.4870, 13.3510, 500));
        api(far).post("/api/v1/community/zones", zone("Stugan", 57.60, 13.50, 1000));
        api(paused).post("/api/v1/community/zones", zone("Hemma", LAT, LON, 1000));
        api(paused).put("/api/v1/community/alert-settings", "{\"paused\":true}");
        api(digest).post("/api/v1/community/zones", zone("Hemma", LAT, LON, 1000));
        api(digest).put("/api/v1/community/alert-settings", "{\"digest\":true}");
        api(boras).post("/api/v1/community/zones", zone("Hemma", LAT, LON, 5000));
        api(author).post("/api/v1/community/zones", zone("Hemma", LAT, LON, 1000));
        api(walking).put("/api/v1/community/position", "{\"latitude\":57.4851,\"longitude\":13.3512,\"radiusMetres\":100}");

        try (LiveTestClient.Stream nearStream = api(near).live("/api/v1/community/live");
                LiveTestClient.Stream digestStream = api(digest).live("/api/v1/community/live")) {
            assertThat(nearStream.status()).isEqualTo(200);
            assertThat(nearStream.contentType()).startsWith("text/event-stream");
            long postId = posts.publish(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.RED,
                    "Inbrottsförsök i porten, en person i grön jacka sprang mot stationen", LAT, LON);

            LiveTestClient.Event event = nearStream.next("alert", Duration.ofSeconds(10));
            assertThat(event).isNotNull();
            JsonNode alert = TestHttp.JSON.readTree(event.data());
            assertThat(alert.get("postId").asLong()).isEqualTo(postId);
            assertThat(alert.get("priority").asString()).isEqualTo("RED");
            assertThat(alert.get("body").asString()).contains("grön jacka");
            assertThat(alert.get("authorName").asString()).isEqualTo("Anna");
            assertThat(alert.get("url").asString()).isEqualTo("/samverkan/inlagg/" + postId);
            assertThat(alert.get("alertId").asLong()).isPositive();
            assertThat(digestStream.next("alert", Duration.ofMillis(500))).isNull();

            assertThat(alertsOf(near.id())).containsExactly("ZONE");
            assertThat(alertsOf(walking.id())).containsExactly("POSITION");
            assertThat(alertsOf(digest.id())).containsExactly("ZONE");
            assertThat(alertsOf(far.id())).isEmpty();
            assertThat(alertsOf(paused.id())).isEmpty();
            assertThat(alertsOf(boras.id())).isEmpty();
            assertThat(alertsOf(author.id())).isEmpty();

            // the same event again writes nothing twice
            transactions.executeWithoutResult(status -> events.publishEvent(new PostPublished(postId, Fixtures.TRANEMO, author.id(),
                    "Anna", Visibility.PUBLIC, null, null, Priority.RED, "x", LAT, LON, Instant.now())));
            assertThat(alertsOf(near.id())).hasSize(1);
        }

        posts.publish(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.GREEN, "Loppis på torget", LAT, LON);
        assertThat(alertsOf(near.id())).hasSize(1);
    }

    @Test
    void theNotificationListShowsTheMembersOwnAlertsWithTheUnreadCount() {
        Person author = community.member(Fixtures.TRANEMO, "Anna");
        Person bo = community.member(Fixtures.TRANEMO, "Bo");
        Person cecilia = community.member(Fixtures.TRANEMO, "Cecilia");
        api(bo).post("/api/v1/community/zones", zone("Hemma", LAT, LON, 1000));
        long first = posts.publish(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.YELLOW, "Bil med krossad ruta", LAT, LON);
        long second = posts.publish(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.RED, "Brand i soprum", LAT, LON);

        JsonNode page = api(bo).get("/api/v1/community/alerts").json();
        assertThat(page.get("unread").asLong()).isEqualTo(2);
        assertThat(page.get("alerts")).hasSize(2);
        assertThat(page.get("alerts").get(0).get("postId").asLong()).isEqualTo(second);
        assertThat(page.get("alerts").get(1).get("priority").asString()).isEqualTo("YELLOW");
        long alertId = page.get("alerts").get(1).get("id").asLong();

        assertThat(api(cecilia).get("/api/v1/community/alerts").json().get("alerts")).isEmpty();
        assertThat(api(cecilia).post("/api/v1/community/alerts/" + alertId + "/read", "").status()).isEqualTo(404);
        assertThat(api(bo).post("/api/v1/community/alerts/" + alertId + "/read", "").status()).isEqualTo(204);
        assertThat(api(bo).get("/api/v1/community/alerts/unread").json().get("unread").asLong()).isEqualTo(1);
        assertThat(api(bo).post("/api/v1/community/alerts/read", "").json().get("marked").asInt()).isEqualTo(1);
        assertThat(api(bo).get("/api/v1/community/alerts/unread").json().get("unread").asLong()).isZero();

        // a post a moderator hid drops out of the list
        jdbc.sql("UPDATE community_post SET hidden_at = now() WHERE id = ?").param(first).update();
        assertThat(api(bo).get("/api/v1/community/alerts").json().get("alerts")).hasSize(1);
        assertThat(new TestHttp(baseUrl()).get("/api/v1/community/alerts").status()).isEqualTo(401);
        assertThat(new TestHttp(baseUrl()).get("/api/v1/community/zones").status()).isEqualTo(401);
        assertThat(new TestHttp(baseUrl()).get("/api/v1/community/live").status()).isEqualTo(401);
        TestHttp.Reply livePage = new TestHttp(baseUrl()).getHtml("/samverkan/live");
        assertThat(livePage.status()).isEqualTo(302);
        assertThat(livePage.header("Location")).endsWith("/logga-in");
        assertThat(api(bo).put("/api/v1/community/alert-settings", "{\"paused\":\"kanske\"}").status()).isEqualTo(400);
    }

    @Test
    void aGroupPostAlertsItsMembersWhoHaveNotMutedIt() {
        Person admin = community.member(Fixtures.TRANEMO, "Anna");
        Person member = community.member(Fixtures.TRANEMO, "Bo");
        Person muted = community.member(Fixtures.TRANEMO, "Cecilia");
        Person outsider = community.member(Fixtures.TRANEMO, "David");
        long group = community.group(Fixtures.TRANEMO, "Grannsamverkan Centrum", false, admin.id());
        community.addToGroup(group, member.id());
        community.addToGroup(group, muted.id());
        api(outsider).post("/api/v1/community/zones", zone("Hemma", LAT, LON, 1000));

        JsonNode settings = api(muted).put("/api/v1/community/alert-settings", "{\"mutedGroupIds\":[" + group + "]}").json();
        assertThat(settings.get("groups").get(0).get("muted").asBoolean()).isTrue();
        assertThat(api(member).get("/api/v1/community/alert-settings").json().get("groups").get(0).get("muted").asBoolean()).isFalse();

        posts.publish(Fixtures.TRANEMO, admin.id(), Visibility.GROUP, group, Priority.YELLOW, "Okänd bil står på tomgång", LAT, LON);
        assertThat(alertsOf(member.id())).containsExactly("GROUP");
        assertThat(alertsOf(muted.id())).isEmpty();
        assertThat(alertsOf(outsider.id())).isEmpty();
        assertThat(alertsOf(admin.id())).isEmpty();
    }

    @Test
    void thePublicMapNeverShowsZonesOrPositions() {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        api(anna).post("/api/v1/community/zones", zone("HEMLIGT hem", 57.4999, 13.3999, 500));
        api(anna).put("/api/v1/community/position", "{\"latitude\":57.4777,\"longitude\":13.3777,\"radiusMetres\":500}");
        community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.GREEN, "Loppis på torget", 57.485, 13.351);
        TestHttp anonymous = new TestHttp(baseUrl());
        for (String path : List.of("/trygghet/" + Fixtures.TRANEMO + "/samverkan", "/api/v1/community/public/" + Fixtures.TRANEMO + "/posts")) {
            TestHttp.Reply reply = path.startsWith("/api") ? anonymous.get(path) : anonymous.getHtml(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.body()).as(path).doesNotContain("HEMLIGT", "57.4999", "13.3999", "57.4777", "13.3777");
        }
        assertThat(anonymous.get("/api/v1/community/public/" + Fixtures.TRANEMO + "/posts").body()).contains("Loppis");
    }

    @Test
    void aPersonWhoHasNotJoinedIsRefused() {
        Fixtures fixtures = new Fixtures(jdbc, tokens, encoder, null);
        Person staff = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Tranemo kommun", "MUNICIPAL_DEPARTMENT"),
                se.trygghetsnav.platform.Role.REPORTER);
        assertThat(api(staff).get("/api/v1/community/zones").status()).isEqualTo(403);
        assertThat(api(staff).post("/api/v1/community/zones", zone("Hemma", LAT, LON, 500)).status()).isEqualTo(403);
        assertThat(api(staff).get("/api/v1/community/alerts").status()).isEqualTo(403);
        assertThat(api(staff).put("/api/v1/community/position", "{\"latitude\":57.485,\"longitude\":13.351,\"radiusMetres\":500}")
                .status()).isEqualTo(403);
        try (LiveTestClient.Stream stream = api(staff).live("/api/v1/community/live")) {
            assertThat(stream.status()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM alert_zone").query(Long.class).single()).isZero();
    }

    private LiveTestClient api(Person person) {
        return new LiveTestClient(baseUrl(), person.token());
    }

    private List<String> alertsOf(long userId) {
        return jdbc.sql("SELECT reason FROM community_alert WHERE user_id = ? ORDER BY id").param(userId).query(String.class).list();
    }

    private long consents(long userId, boolean inForce) {
        return jdbc.sql("SELECT count(*) FROM community_consent WHERE user_id = ? AND kind = 'POSITION' AND (withdrawn_at IS NULL) = ?")
                .param(userId).param(inForce).query(Long.class).single();
    }

    private static List<String> fields(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        return reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    static String zone(String name, double latitude, double longitude, int radius) {
        return TestHttp.json(java.util.Map.of("name", name, "latitude", latitude, "longitude", longitude, "radiusMetres", radius));
    }

}
