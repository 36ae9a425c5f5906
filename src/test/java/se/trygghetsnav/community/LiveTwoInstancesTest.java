package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.TrygghetsnavApplication;
import se.trygghetsnav.account.AccessTokens;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer: a zone set on
 * instance B is used by instance A, and an alert or chat message made on A reaches a live stream
 * open on B (PostgreSQL LISTEN/NOTIFY between them).
 */
class LiveTwoInstancesTest {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C")
                .setServerConfig("timezone", "UTC").start();
        a = instance("a");
        b = instance("b");
    }

    private static ConfigurableApplicationContext instance(String name) {
        // command-line arguments win over application.yml (its server.port is 8080)
        return new SpringApplicationBuilder(TrygghetsnavApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--spring.application.name=trygghetsnav-" + name,
                "--trygghetsnav.operator.password=test-operator-secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anAlertMadeOnOneInstanceReachesALiveStreamOnTheOther() throws Exception {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        CommunityFixtures community = new CommunityFixtures(jdbc, a.getBean(AccessTokens.class), a.getBean(PasswordEncoder.class));
        Person author = community.member(Fixtures.TRANEMO, "Anna på A");
        Person watcher = community.member(Fixtures.TRANEMO, "Bo på B");
        LiveTestClient onB = new LiveTestClient(url(b), watcher.token());
        awaitTrue(() -> a.getBean(ClusterBus.class).isListening() && b.getBean(ClusterBus.class).isListening());
        assertThat(a.getBean(ClusterBus.class).instanceId()).isNotEqualTo(b.getBean(ClusterBus.class).instanceId());

        // the zone is set through instance B; instance A learns of it
        assertThat(onB.post("/api/v1/community/zones", AlertApiTest.zone("Hemma", 57.4860, 13.3510, 500)).status()).isEqualTo(201);
        ZoneDirectory directoryOnA = a.getBean(ZoneDirectory.class);
        awaitTrue(() -> directoryOnA.zoneUsersCovering(57.4855, 13.3510).length == 1);
        assertThat(directoryOnA.zoneUsersCovering(57.4855, 13.3510)).containsExactly(watcher.id());

        try (LiveTestClient.Stream stream = onB.live("/api/v1/community/live")) {
            assertThat(stream.status()).isEqualTo(200);
            awaitTrue(() -> b.getBean(LiveConnections.class).openCount() == 1);
            AlertTestPosts postsOnA = new AlertTestPosts(community, jdbc, a.getBean(TransactionTemplate.class), a);
            long postId = postsOnA.publish(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.RED,
                    "Rån vid busshållplatsen, två personer sprang mot centrum", 57.4850, 13.3510);

            LiveTestClient.Event alert = stream.next("alert", Duration.ofSeconds(20));
            assertThat(alert).as("alert on instance B").isNotNull();
            JsonNode data = TestHttp.JSON.readTree(alert.data());
            assertThat(data.get("postId").asLong()).isEqualTo(postId);
            assertThat(data.get("priority").asString()).isEqualTo("RED");
            assertThat(data.get("body").asString()).contains("busshållplatsen");

            // a chat message in a group the watcher belongs to, written on A, reaches B too
            long group = community.group(Fixtures.TRANEMO, "Grannsamverkan Centrum", false, author.id());
            community.addToGroup(group, watcher.id());
            long messageId = a.getBean(TransactionTemplate.class).execute(status -> {
                long id = jdbc.sql("""
                                INSERT INTO community_chat_message (group_id, author_id, author_name, body)
                                VALUES (?, ?, 'Anna på A', 'Någon som sett en vit skåpbil?') RETURNING id
                                """).param(group).param(author.id()).query(Long.class).single();
                a.publishEvent(new ChatMessagePosted(id, group, Fixtures.TRANEMO, author.id(), "Anna på A",
                        "Någon som sett en vit skåpbil?", false, Instant.now()));
                return id;
            });
            LiveTestClient.Event chat = stream.next("chat", Duration.ofSeconds(20));
            assertThat(chat).as("chat on instance B").isNotNull();
            JsonNode message = TestHttp.JSON.readTree(chat.data());
            assertThat(message.get("messageId").asLong()).isEqualTo(messageId);
            assertThat(message.get("groupId").asLong()).isEqualTo(group);
            assertThat(message.get("body").asString()).isEqualTo("Någon som sett en vit skåpbil?");
        }
    }

    @Test
    void aBrokenListeningConnectionReconnectsAndCatchesUp() throws Exception {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        CommunityFixtures community = new CommunityFixtures(jdbc, a.getBean(AccessTokens.class), a.getBean(PasswordEncoder.class));
        Person cecilia = community.member(Fixtures.TRANEMO, "Cecilia");
        ClusterBus busOnA = a.getBean(ClusterBus.class);
        awaitTrue(busOnA::isListening);

        // a zone written straight into the table: no notification reaches anyone, as if sent while disconnected
        long zone = community.zone(cecilia.id(), "Jobbet", 57.70, 13.60, 300);
        assertThat(a.getBean(ZoneDirectory.class).zoneUsersCovering(57.70, 13.60)).isEmpty();
        // the database drops both instances' listening connections (a failover, a restart)
        jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")
                .param(ClusterBus.APPLICATION_NAME).query(rs -> {});
        // after reconnecting, each instance reads the zones again and has the one it missed
        awaitTrue(() -> a.getBean(ZoneDirectory.class).zoneUsersCovering(57.70, 13.60).length == 1);
        awaitTrue(() -> b.getBean(ZoneDirectory.class).zoneUsersCovering(57.70, 13.60).length == 1);
        assertThat(busOnA.isListening()).isTrue();

        // and notifications flow again
        new LiveTestClient(url(b), cecilia.token()).delete("/api/v1/community/zones/" + zone);
        awaitTrue(() -> a.getBean(ZoneDirectory.class).zoneUsersCovering(57.70, 13.60).length == 0);
    }

    private static String url(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Waits for something another thread or instance does; fails after a generous while. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
