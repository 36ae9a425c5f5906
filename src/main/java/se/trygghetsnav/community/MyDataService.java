package se.trygghetsnav.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.NotFoundException;

/**
 * A member's rights over their data (GDPR): everything about them as JSON, withdrawing consents,
 * and deleting the account, with their posts, comments and chat messages either removed or kept as
 * "Borttagen användare". Staff of a municipality ask their coordinator instead.
 */
@Service
class MyDataService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneService zones;

    MyDataService(JdbcClient jdbc, Clock clock, ZoneService zones) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zones = zones;
    }

    public record Consent(long id, String kind, String version, OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {
        public boolean active() {
            return withdrawnAt == null;
        }
    }

    List<Consent> consents(long userId) {
        return jdbc.sql("SELECT id, kind, version, given_at, withdrawn_at FROM community_consent WHERE user_id = :u ORDER BY given_at, id")
                .param("u", userId).query(Consent.class).list();
    }

    /** Everything the platform holds about the person, as plain data for a JSON download. */
    Map<String, Object> export(long userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", OffsetDateTime.now(clock).toString());
        data.put("account", one("SELECT id, email, display_name, created_at FROM app_user WHERE id = :u", userId));
        data.put("member", one("""
                SELECT municipality_code, kind, profile_text, alerts_paused, daily_digest, banned_at, banned_reason, warnings, created_at
                FROM community_member WHERE user_id = :u
                """, userId));
        data.put("consents", rows("SELECT id, kind, version, given_at, withdrawn_at FROM community_consent WHERE user_id = :u ORDER BY id", userId));
        data.put("posts", rows("""
                SELECT id, municipality_code, author_name, visibility, group_id, organisation_id, priority, body, latitude, longitude,
                       exact_position, badge_organisation_id, badge_role, hidden_at, removed_at, created_at
                FROM community_post WHERE author_id = :u ORDER BY id
                """, userId));
        data.put("comments", rows("SELECT id, post_id, author_name, body, hidden_at, removed_at, created_at FROM community_comment WHERE author_id = :u ORDER BY id", userId));
        data.put("chatMessages", rows("SELECT id, group_id, author_name, body, hidden_at, removed_at, created_at FROM community_chat_message WHERE author_id = :u ORDER BY id", userId));
        data.put("photos", rows("""
                SELECT ph.id, ph.post_id, ph.chat_message_id, ph.content_type, length(ph.bytes) AS size_bytes, ph.created_at
                FROM community_photo ph
                LEFT JOIN community_post p ON p.id = ph.post_id LEFT JOIN community_chat_message m ON m.id = ph.chat_message_id
                WHERE p.author_id = :u OR m.author_id = :u ORDER BY ph.id
                """, userId));
        data.put("groups", rows("""
                SELECT g.id, g.name, gm.status, gm.admin, gm.muted, gm.joined_at
                FROM community_group_member gm JOIN community_group g ON g.id = gm.group_id WHERE gm.user_id = :u ORDER BY g.id
                """, userId));
        data.put("alertZones", rows("SELECT id, name, latitude, longitude, radius_m, created_at FROM alert_zone WHERE user_id = :u ORDER BY id", userId));
        data.put("sharedPosition", rows("SELECT latitude, longitude, radius_m, shared_at, expires_at FROM shared_position WHERE user_id = :u", userId));
        data.put("alerts", rows("SELECT id, post_id, reason, created_at, read_at, digested_at FROM community_alert WHERE user_id = :u ORDER BY id", userId));
        data.put("pushSubscriptions", rows("SELECT id, endpoint, created_at FROM push_subscription WHERE user_id = :u ORDER BY id", userId));
        data.put("moderationReports", rows("""
                SELECT id, post_id, comment_id, chat_message_id, reason, created_at, handled_at, outcome
                FROM moderation_report WHERE reporter_id = :u ORDER BY id
                """, userId));
        data.put("surveyAnswers", rows("""
                SELECT id, municipality_code, felt_safety, recommend, information_effect, answered_on
                FROM community_survey_answer WHERE user_id = :u ORDER BY id
                """, userId));
        data.put("accessTokens", rows("SELECT id, name, created_at, last_used_on, revoked_at FROM access_token WHERE user_id = :u ORDER BY id", userId));
        return data;
    }

    private Map<String, Object> one(String sql, long userId) {
        List<Map<String, Object>> rows = rows(sql, userId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private List<Map<String, Object>> rows(String sql, long userId) {
        return jdbc.sql(sql).param("u", userId).query((rs, row) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value instanceof java.sql.Timestamp || value instanceof OffsetDateTime || value instanceof java.sql.Date) {
                    value = value.toString();
                }
                values.put(toCamelCase(meta.getColumnLabel(i)), value);
            }
            return values;
        }).list();
    }

    static String toCamelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** Staff of a municipality keep their account: it is managed by the municipality. */
    boolean isStaff(long userId) {
        return jdbc.sql("SELECT count(*) FROM membership WHERE user_id = :u").param("u", userId).query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM app_user_role WHERE user_id = :u").param("u", userId).query(Long.class).single() > 0;
    }

    /**
     * Withdraws a consent. Withdrawing the code of conduct is leaving the platform: the membership,
     * group memberships, zones, shared position and push subscriptions go; the account stays.
     * Push and position consents take their subscriptions or position with them.
     */
    @Transactional
    String withdraw(long userId, long consentId) {
        Consent consent = consents(userId).stream().filter(c -> c.id() == consentId && c.active()).findFirst()
                .orElseThrow(() -> new NotFoundException("Inget sådant samtycke"));
        jdbc.sql("UPDATE community_consent SET withdrawn_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
                .param("id", consentId).update();
        switch (consent.kind()) {
            case "CODE_OF_CONDUCT" -> {
                jdbc.sql("UPDATE community_consent SET withdrawn_at = :now WHERE user_id = :u AND withdrawn_at IS NULL")
                        .param("now", OffsetDateTime.now(clock)).param("u", userId).update();
                zones.forget(userId, true);
                for (String table : List.of("community_group_member", "push_subscription", "community_member")) {
                    jdbc.sql("DELETE FROM " + table + " WHERE user_id = :u").param("u", userId).update();
                }
            }
            case "PUSH" -> jdbc.sql("DELETE FROM push_subscription WHERE user_id = :u").param("u", userId).update();
            case "POSITION" -> zones.forget(userId, false);
            default -> { }
        }
        return consent.kind();
    }

    /**
     * Deletes the account and everything personal. Kept content loses its author and shows
     * "Borttagen användare"; otherwise it is deleted. Refused for staff (see {@link #isStaff}).
     */
    @Transactional
    void delete(long userId, boolean keepContent) {
        if (isStaff(userId)) {
            throw new IllegalStateException("Personal i en kommun tas bort av kommunens samordnare");
        }
        if (keepContent) {
            for (String table : List.of("community_post", "community_comment", "community_chat_message")) {
                jdbc.sql("UPDATE " + table + " SET author_id = NULL, author_name = :n WHERE author_id = :u")
                        .param("n", PostService.DELETED_USER).param("u", userId).update();
            }
            jdbc.sql("UPDATE community_post SET badge_organisation_id = NULL, badge_role = NULL WHERE author_id IS NULL AND author_name = :n")
                    .param("n", PostService.DELETED_USER).update();
        } else {
            jdbc.sql("DELETE FROM community_chat_message WHERE author_id = :u").param("u", userId).update();
            jdbc.sql("DELETE FROM community_comment WHERE author_id = :u").param("u", userId).update();
            jdbc.sql("DELETE FROM community_post WHERE author_id = :u").param("u", userId).update();
        }
        zones.forget(userId, true);
        // everything else that names the person goes with the account (ON DELETE CASCADE / SET NULL)
        jdbc.sql("DELETE FROM app_user WHERE id = :u").param("u", userId).update();
    }
}
