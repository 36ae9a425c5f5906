package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;

/** The sender against a fake push service on loopback: encryption, VAPID, and forgetting gone subscriptions. */
class PushSenderTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired PushSender sender;
    @Autowired VapidKeys vapid;

    private record Received(String path, Map<String, List<String>> headers, byte[] body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private HttpServer pushService;
    private CommunityFixtures community;

    @BeforeEach
    void startPushService() throws IOException {
        community = new CommunityFixtures(jdbc, tokens, encoder);
        pushService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pushService.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(statusByPath.getOrDefault(exchange.getRequestURI().getPath(), 201), -1);
            exchange.close();
        });
        pushService.start();
    }

    @AfterEach
    void stopPushService() {
        pushService.stop(0);
    }

    @Test
    void theBrowserReceivesAnEncryptedSignedNotification() throws Exception {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        PushTestBrowser browser = new PushTestBrowser();
        subscribe(anna.id(), "/push/anna", browser);

        PushMessage message = new PushMessage("Rött larm i ditt område", "Rökutveckling vid skolan", "/samverkan/inlagg/7", "post-7");
        sender.sendLater(List.of(anna.id()), message);
        awaitIdle();

        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(request.path()).isEqualTo("/push/anna");
        assertThat(header(request, "Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(header(request, "Content-Type")).isEqualTo("application/octet-stream");
        assertThat(Long.parseLong(header(request, "TTL"))).isPositive();
        assertThat(header(request, "Urgency")).isEqualTo("high");
        assertThat(header(request, "Topic")).isEqualTo("post-7");
        String claims = PushTestBrowser.verifyVapid(header(request, "Authorization"), vapid.publicKey(),
                "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + pushService.getAddress().getPort());
        assertThat(claims).contains("\"sub\":\"" + vapid.subject() + "\"");
        assertThat(browser.decrypt(request.body())).isEqualTo(PushSender.payload(message));
    }

    @Test
    void sendsToEveryBrowserOfTheRecipientsOnly() throws Exception {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        Person bertil = community.member(Fixtures.TRANEMO, "Bertil");
        Person cecilia = community.member(Fixtures.TRANEMO, "Cecilia");
        Person david = community.member(Fixtures.TRANEMO, "David");
        subscribe(anna.id(), "/push/anna-phone", new PushTestBrowser());
        subscribe(anna.id(), "/push/anna-laptop", new PushTestBrowser());
        subscribe(bertil.id(), "/push/bertil", new PushTestBrowser());
        subscribe(cecilia.id(), "/push/cecilia", new PushTestBrowser());
        subscribe(david.id(), "/push/david", new PushTestBrowser());
        // David has withdrawn his consent: his browser gets nothing even if the subscription is still there.
        jdbc.sql("UPDATE community_consent SET withdrawn_at = now() WHERE user_id = ? AND kind = 'PUSH'").param(david.id()).update();

        sender.sendLater(List.of(anna.id(), bertil.id(), david.id()), new PushMessage("Gult", "Text", "/samverkan/inlagg/1", "post-1"));
        awaitIdle();

        assertThat(received).extracting(Received::path)
                .containsExactlyInAnyOrder("/push/anna-phone", "/push/anna-laptop", "/push/bertil");
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsDeleted() throws Exception {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        subscribe(anna.id(), "/push/gone", new PushTestBrowser());
        subscribe(anna.id(), "/push/unknown", new PushTestBrowser());
        subscribe(anna.id(), "/push/busy", new PushTestBrowser());
        subscribe(anna.id(), "/push/fine", new PushTestBrowser());
        statusByPath.put("/push/gone", 410);
        statusByPath.put("/push/unknown", 404);
        statusByPath.put("/push/busy", 429);

        sender.sendLater(List.of(anna.id()), new PushMessage("Rött", "Text", "/samverkan/inlagg/2", "post-2"));
        awaitIdle();

        assertThat(received).hasSize(4);
        assertThat(jdbc.sql("SELECT endpoint FROM push_subscription ORDER BY endpoint").query(String.class).list())
                .containsExactly(endpoint("/push/busy"), endpoint("/push/fine"));
    }

    @Test
    void nobodyToSendToIsFine() throws Exception {
        sender.sendLater(List.of(), new PushMessage("Rött", "Text", "/samverkan/inlagg/3", "post-3"));
        sender.sendLater(List.of(424242L), new PushMessage("Rött", "Text", "/samverkan/inlagg/3", "post-3"));
        awaitIdle();

        assertThat(received).isEmpty();
    }

    private void subscribe(long userId, String path, PushTestBrowser browser) {
        jdbc.sql("INSERT INTO push_subscription (user_id, endpoint, p256dh, auth) VALUES (?, ?, ?, ?)")
                .params(userId, endpoint(path), browser.p256dh(), browser.auth()).update();
        jdbc.sql("""
                        INSERT INTO community_consent (user_id, kind, version) SELECT ?, 'PUSH', '2026-11'
                        WHERE NOT EXISTS (SELECT 1 FROM community_consent WHERE user_id = ? AND kind = 'PUSH')
                        """).params(userId, userId).update();
    }

    private String endpoint(String path) {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + pushService.getAddress().getPort() + path;
    }

    private static String header(Received request, String name) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    /** Waits for the background work (generous: a slow machine must not fail the test). */
    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!sender.idle() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sender.idle()).isTrue();
    }
}
