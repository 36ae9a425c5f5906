package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.TestHttpAuth;
import se.trygghetsnav.account.AccessTokens;

/** Reporting and moderation through the JSON API, with who may do what. */
class ModerationApiTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;

    private CommunityFixtures community;
    private Person author;
    private Person reporter;
    private Person moderator;
    private Person admin;
    private Person otherAdmin;
    private Person boras;
    private long publicPost;
    private long group;
    private long groupPost;

    @BeforeEach
    void data() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        community = new CommunityFixtures(jdbc, tokens, encoder);
        author = community.member(Fixtures.TRANEMO, "Åsa Författare");
        reporter = community.member(Fixtures.TRANEMO, "Rut Rapportör");
        moderator = community.member(Fixtures.TRANEMO, "Mona Moderator");
        community.grantModerator(moderator.id());
        admin = community.member(Fixtures.TRANEMO, "Adam Admin");
        otherAdmin = community.member(Fixtures.TRANEMO, "Olle Annangrupp");
        boras = community.member(Fixtures.BORAS, "Bo Borås");
        publicPost = community.post(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.YELLOW,
                "Köp billiga klockor hos mig, ring 070-1234567", 57.48, 13.35);
        group = community.group(Fixtures.TRANEMO, "Grannsamverkan Centrum", false, admin.id());
        community.addToGroup(group, author.id());
        community.addToGroup(group, reporter.id());
        community.group(Fixtures.TRANEMO, "Annan grupp", false, otherAdmin.id());
        groupPost = community.post(Fixtures.TRANEMO, author.id(), Visibility.GROUP, group, Priority.GREEN,
                "Grannen i nummer 5 är en idiot", 57.48, 13.35);
    }

    private TestHttpAuth as(Person person) {
        return new TestHttpAuth(baseUrl(), person.token());
    }

    private static String body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return TestHttp.json(map);
    }

    @Test
    void aPublicPostReportedGoesToTheModeratorsWhoHideItAndTheReporterHearsTheOutcome() throws Exception {
        TestHttp.Reply created = as(reporter).postJson("/api/v1/community/reports", body("post", publicPost, "reason", "Reklam"));
        assertThat(created.status()).isEqualTo(201);
        long reportId = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/community/moderation/reports/" + reportId);

        TestHttp.Reply queue = as(moderator).get("/api/v1/community/moderation/reports");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json()).hasSize(1);
        assertThat(queue.json().get(0).get("body").asText()).contains("billiga klockor");
        assertThat(as(moderator).get("/api/v1/community/moderation/reports?municipality=" + Fixtures.BORAS).json()).isEmpty();

        TestHttp.Reply hidden = as(moderator).postJson("/api/v1/community/moderation/reports/" + reportId + "/actions",
                body("action", "HIDE", "reason", "Kommersiellt budskap"));
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().get("contentState").asText()).isEqualTo("HIDDEN");
        assertThat(hidden.json().get("outcome").asText()).isEqualTo("Innehållet har dolts.");
        assertThat(jdbc.sql("SELECT hidden_at IS NOT NULL FROM community_post WHERE id = :id").param("id", publicPost)
                .query(Boolean.class).single()).isTrue();

        TestHttp.Reply log = as(moderator).get("/api/v1/community/moderation/log");
        assertThat(log.json()).hasSize(1);
        assertThat(log.json().get(0).get("action").asText()).isEqualTo("HIDE");
        assertThat(log.json().get(0).get("moderatorName").asText()).isEqualTo("Mona Moderator");
        assertThat(log.json().get(0).get("reason").asText()).isEqualTo("Kommersiellt budskap");

        assertThat(jdbc.sql("SELECT title || ' ' || body FROM notification WHERE user_id = :u").param("u", reporter.id())
                .query(String.class).single()).contains("Din anmälan är hanterad", "Innehållet har dolts");
        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(MAIL.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(reporter.email());

        // restored afterwards, and logged again
        assertThat(as(moderator).postJson("/api/v1/community/moderation/reports/" + reportId + "/actions",
                body("action", "RESTORE", "reason", "Felbedömning")).json().get("contentState").asText()).isEqualTo("VISIBLE");
        assertThat(as(moderator).get("/api/v1/community/moderation/log").json()).hasSize(2);
    }

    @Test
    void groupContentGoesToTheGroupsAdminsAndNobodyElse() {
        long reportId = as(reporter).postJson("/api/v1/community/reports", body("post", groupPost, "reason", "Personangrepp"))
                .json().get("id").asLong();
        assertThat(as(moderator).get("/api/v1/community/moderation/reports").json()).isEmpty();
        TestHttp.Reply queue = as(admin).get("/api/v1/community/moderation/groups/" + group + "/reports");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json()).hasSize(1);

        // another group's admin, a plain member and a member of another municipality
        assertThat(as(otherAdmin).get("/api/v1/community/moderation/groups/" + group + "/reports").status()).isEqualTo(403);
        assertThat(as(reporter).get("/api/v1/community/moderation/groups/" + group + "/reports").status()).isEqualTo(403);
        assertThat(as(boras).get("/api/v1/community/moderation/groups/" + group + "/reports").status()).isEqualTo(404);
        assertThat(as(otherAdmin).get("/api/v1/community/moderation/reports/" + reportId).status()).isEqualTo(404);
        assertThat(as(otherAdmin).postJson("/api/v1/community/moderation/reports/" + reportId + "/actions",
                body("action", "HIDE", "reason", "x")).status()).isEqualTo(404);
        assertThat(as(reporter).get("/api/v1/community/moderation/reports").status()).isEqualTo(403);
        assertThat(as(admin).get("/api/v1/community/moderation/log").status()).isEqualTo(403);
        assertThat(as(otherAdmin).get("/api/v1/community/moderation/log?group=" + group).status()).isEqualTo(403);

        // the admin may not ban from the platform, but from the group
        TestHttp.Reply refused = as(admin).postJson("/api/v1/community/moderation/reports/" + reportId + "/actions",
                body("action", "BAN_PLATFORM", "reason", "Upprepade angrepp"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        TestHttp.Reply banned = as(admin).postJson("/api/v1/community/moderation/reports/" + reportId + "/actions",
                body("action", "BAN_GROUP", "reason", "Upprepade angrepp"));
        assertThat(banned.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM community_group_member WHERE group_id = :g AND user_id = :u")
                .param("g", group).param("u", author.id()).query(String.class).single()).isEqualTo("BANNED");
        assertThat(as(admin).get("/api/v1/community/moderation/log?group=" + group).json().get(0).get("action").asText())
                .isEqualTo("BAN_GROUP");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :u").param("u", author.id()).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void aModeratorWarnsAndBansFromThePlatform() {
        long reportId = as(reporter).postJson("/api/v1/community/reports", body("post", publicPost, "reason", "Reklam"))
                .json().get("id").asLong();
        String actions = "/api/v1/community/moderation/reports/" + reportId + "/actions";
        String comments = "/api/v1/community/posts/" + publicPost + "/comments";
        assertThat(as(author).postJson(comments, body("body", "Före avstängningen")).status()).isEqualTo(201);
        assertThat(as(moderator).postJson(actions, body("action", "WARN", "reason", "Reklam är inte tillåten")).status()).isEqualTo(200);
        assertThat(as(moderator).postJson(actions, body("action", "BAN_PLATFORM", "reason", "Fortsatt reklam")).status()).isEqualTo(200);
        record Member(int warnings, boolean banned, String bannedReason) {}
        Member member = jdbc.sql("SELECT warnings, banned_at IS NOT NULL AS banned, banned_reason FROM community_member WHERE user_id = :u")
                .param("u", author.id()).query(Member.class).single();
        assertThat(member).isEqualTo(new Member(1, true, "Fortsatt reklam"));
        // a member banned from the platform can no longer comment (core's requireNotBanned)
        assertThat(as(author).postJson(comments, body("body", "Efter avstängningen")).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT title FROM notification WHERE user_id = :u ORDER BY id").param("u", author.id()).query(String.class).list())
                .containsExactly("Varning från moderator", "Avstängd från samverkansplattformen");
        assertThat(as(moderator).postJson(actions, body("action", "BAN_PLATFORM", "reason", "igen")).status()).isEqualTo(422);
        // dismissing needs an open report
        assertThat(as(moderator).postJson(actions, body("action", "DISMISS", "reason", "ok")).status()).isEqualTo(422);
    }

    @Test
    void badInputGives422AndContentOutOfSightGives404() {
        String reports = "/api/v1/community/reports";
        assertThat(as(reporter).postJson(reports, body("post", publicPost, "reason", " ")).status()).isEqualTo(422);
        assertThat(as(reporter).postJson(reports, body("post", publicPost, "reason", "x".repeat(1001))).status()).isEqualTo(422);
        assertThat(as(reporter).postJson(reports, body("reason", "Reklam")).status()).isEqualTo(422);
        assertThat(as(reporter).postJson(reports, body("post", publicPost, "comment", 1, "reason", "Reklam")).status()).isEqualTo(422);
        assertThat(as(reporter).postJson(reports, body("post", 999_999, "reason", "Reklam")).status()).isEqualTo(404);
        assertThat(as(reporter).postJson(reports, "{not json").status()).isEqualTo(400);
        // another municipality's member, and someone outside the group
        assertThat(as(boras).postJson(reports, body("post", publicPost, "reason", "Reklam")).status()).isEqualTo(404);
        assertThat(as(otherAdmin).postJson(reports, body("post", groupPost, "reason", "Reklam")).status()).isEqualTo(404);

        long reportId = as(reporter).postJson(reports, body("post", publicPost, "reason", "Reklam")).json().get("id").asLong();
        String actions = "/api/v1/community/moderation/reports/" + reportId + "/actions";
        assertThat(as(moderator).postJson(actions, body("action", "HIDE", "reason", "")).status()).isEqualTo(422);
        assertThat(as(moderator).postJson(actions, body("action", "EXPLODE", "reason", "x")).status()).isEqualTo(422);
        assertThat(as(moderator).postJson("/api/v1/community/moderation/reports/999999/actions",
                body("action", "HIDE", "reason", "x")).status()).isEqualTo(404);
        assertThat(as(reporter).postJson(actions, body("action", "HIDE", "reason", "x")).status()).isEqualTo(404);
        assertThat(new TestHttpAuth(baseUrl(), null).get("/api/v1/community/moderation/reports").status()).isEqualTo(401);
    }

    @Test
    void commentsAndChatMessagesCanBeReportedToo() {
        long comment = jdbc.sql("""
                        INSERT INTO community_comment (post_id, author_id, author_name, body) VALUES (:p, :a, 'Åsa Författare', 'Dumheter')
                        RETURNING id""").param("p", publicPost).param("a", author.id()).query(Long.class).single();
        long chat = jdbc.sql("""
                        INSERT INTO community_chat_message (group_id, author_id, author_name, body) VALUES (:g, :a, 'Åsa Författare', 'Spam')
                        RETURNING id""").param("g", group).param("a", author.id()).query(Long.class).single();
        assertThat(as(reporter).postJson("/api/v1/community/reports", body("comment", comment, "reason", "Otrevligt")).status()).isEqualTo(201);
        assertThat(as(otherAdmin).postJson("/api/v1/community/reports", body("chatMessage", chat, "reason", "Spam")).status()).isEqualTo(404);
        long chatReport = as(reporter).postJson("/api/v1/community/reports", body("chatMessage", chat, "reason", "Spam"))
                .json().get("id").asLong();
        assertThat(as(moderator).get("/api/v1/community/moderation/reports").json().get(0).get("kind").asText()).isEqualTo("COMMENT");
        assertThat(as(admin).postJson("/api/v1/community/moderation/reports/" + chatReport + "/actions",
                body("action", "REMOVE", "reason", "Spam")).json().get("contentState").asText()).isEqualTo("REMOVED");
    }
}
