package se.trygghetsnav.community;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** Browsers' Web Push subscriptions of members, and the member's consent (kind PUSH) that goes with them. */
@Service
class PushSubscriptions {

    /** Version of the push consent text on /samverkan/push. */
    static final String CONSENT_VERSION = "2026-11";
    static final int MAX_ENDPOINT_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final boolean allowHttpEndpoints;

    PushSubscriptions(JdbcClient jdbc, @Value("${trygghetsnav.push.allow-http-endpoints:false}") boolean allowHttpEndpoints) {
        this.jdbc = jdbc;
        this.allowHttpEndpoints = allowHttpEndpoints;
    }

    /** One browser's subscription: where to send and the keys to encrypt for it. */
    record Subscription(long id, long userId, String endpoint, String p256dh, String auth) {}

    /** The request of a browser (PushSubscription.toJSON()): endpoint and keys. */
    record NewSubscription(String endpoint, String p256dh, String auth) {}

    /**
     * Stores (or takes over) the subscription of a browser for the member and records their consent to push alerts.
     *
     * @throws InvalidInputException when the endpoint is not an https address or the keys are not a P-256 key and
     *     a 16-byte secret
     */
    @Transactional
    void subscribe(CommunityUser user, NewSubscription subscription) {
        NewSubscription valid = validate(subscription);
        jdbc.sql("""
                        INSERT INTO push_subscription (user_id, endpoint, p256dh, auth) VALUES (:u, :e, :p, :a)
                        ON CONFLICT (endpoint) DO UPDATE SET user_id = :u, p256dh = :p, auth = :a, created_at = now()
                        """)
                .param("u", user.userId()).param("e", valid.endpoint()).param("p", valid.p256dh()).param("a", valid.auth())
                .update();
        jdbc.sql("""
                        INSERT INTO community_consent (user_id, kind, version)
                        SELECT :u, 'PUSH', :v
                        WHERE NOT EXISTS (SELECT 1 FROM community_consent WHERE user_id = :u AND kind = 'PUSH' AND withdrawn_at IS NULL)
                        """)
                .param("u", user.userId()).param("v", CONSENT_VERSION).update();
    }

    /**
     * Removes a browser's subscription (or, without an endpoint, all of the member's); when none is left the consent
     * is withdrawn. Returns how many were removed.
     */
    @Transactional
    int unsubscribe(CommunityUser user, String endpoint) {
        int removed = endpoint == null || endpoint.isBlank()
                ? jdbc.sql("DELETE FROM push_subscription WHERE user_id = :u").param("u", user.userId()).update()
                : jdbc.sql("DELETE FROM push_subscription WHERE user_id = :u AND endpoint = :e")
                        .param("u", user.userId()).param("e", endpoint.strip()).update();
        if (count(user.userId()) == 0) {
            jdbc.sql("UPDATE community_consent SET withdrawn_at = now() WHERE user_id = :u AND kind = 'PUSH' AND withdrawn_at IS NULL")
                    .param("u", user.userId()).update();
        }
        return removed;
    }

    int count(long userId) {
        return jdbc.sql("SELECT count(*) FROM push_subscription WHERE user_id = :u").param("u", userId).query(Integer.class).single();
    }

    boolean consented(long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM community_consent WHERE user_id = :u AND kind = 'PUSH' AND withdrawn_at IS NULL)")
                .param("u", userId).query(Boolean.class).single();
    }

    /** The subscriptions of these members who still consent to push alerts. */
    List<Subscription> of(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        List<Subscription> result = new ArrayList<>();
        List<Long> ids = List.copyOf(userIds);
        // In slices, so a large alert does not make one huge statement.
        for (int from = 0; from < ids.size(); from += 5000) {
            Long[] slice = ids.subList(from, Math.min(ids.size(), from + 5000)).toArray(Long[]::new);
            result.addAll(jdbc.sql("""
                            SELECT s.id, s.user_id, s.endpoint, s.p256dh, s.auth FROM push_subscription s
                            WHERE s.user_id = ANY (:ids)
                              AND EXISTS (SELECT 1 FROM community_consent c
                                          WHERE c.user_id = s.user_id AND c.kind = 'PUSH' AND c.withdrawn_at IS NULL)
                            """)
                    .param("ids", slice).query(Subscription.class).list());
        }
        return result;
    }

    /** Forgets a subscription the push service says is gone (404/410). */
    void expired(String endpoint) {
        jdbc.sql("DELETE FROM push_subscription WHERE endpoint = :e").param("e", endpoint).update();
    }

    private NewSubscription validate(NewSubscription subscription) {
        List<InputProblem> problems = new ArrayList<>();
        String endpoint = subscription == null || subscription.endpoint() == null ? "" : subscription.endpoint().strip();
        if (!validEndpoint(endpoint)) {
            problems.add(new InputProblem("endpoint", "Ange push-tjänstens https-adress från webbläsaren"));
        }
        String p256dh = subscription == null || subscription.p256dh() == null ? "" : subscription.p256dh().strip();
        byte[] key = decode(p256dh);
        if (key == null || key.length != 65 || key[0] != 4) {
            problems.add(new InputProblem("keys.p256dh", "Webbläsarens publika nyckel (P-256, base64url) saknas eller är felaktig"));
        }
        String auth = subscription == null || subscription.auth() == null ? "" : subscription.auth().strip();
        byte[] secret = decode(auth);
        if (secret == null || secret.length != 16) {
            problems.add(new InputProblem("keys.auth", "Webbläsarens autentiseringshemlighet (16 byte, base64url) saknas eller är felaktig"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewSubscription(endpoint, p256dh, auth);
    }

    private boolean validEndpoint(String endpoint) {
        if (endpoint.isEmpty() || endpoint.length() > MAX_ENDPOINT_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeAllowed = scheme.equals("https") || (allowHttpEndpoints && scheme.equals("http"));
            return schemeAllowed && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static byte[] decode(String base64url) {
        if (base64url.isEmpty() || base64url.length() > 200) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(base64url.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
