package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;

/** Members who chose the daily digest get one e-mail with their unread alerts, once. */
class DigestMailerTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired ZoneDirectory directory;
    @Autowired DigestMailer digest;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        directory.reload();
    }

    @Test
    void digestMembersGetOneMailWithTheirUndigestedAlertsAndLiveMembersNone() throws Exception {
        CommunityFixtures community = new CommunityFixtures(jdbc, tokens, encoder);
        AlertTestPosts posts = new AlertTestPosts(community, jdbc, transactions, events);
        Person author = community.member(Fixtures.TRANEMO, "Anna");
        Person morning = community.member(Fixtures.TRANEMO, "Bo");
        Person live = community.member(Fixtures.TRANEMO, "Cecilia");
        jdbc.sql("UPDATE community_member SET daily_digest = true WHERE user_id = ?").param(morning.id()).update();
        community.zone(morning.id(), "Hemma", 57.485, 13.351, 1000);
        community.zone(live.id(), "Hemma", 57.485, 13.351, 1000);
        directory.reload();
        long first = posts.publish(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.YELLOW, "Cykelstölder vid stationen",
                57.485, 13.351);
        posts.publish(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.RED, "Brand i soprum på Storgatan", 57.4851, 13.3511);

        assertThat(digest.sendDigests()).isEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(morning.email());
        assertThat(mails[0].getSubject()).isEqualTo("Samverkan: 2 nya aviseringar");
        String body = mails[0].getContent().toString();
        assertThat(body).contains("Cykelstölder vid stationen", "Brand i soprum på Storgatan", "Brådskande (röd)", "Varning (gul)",
                "/samverkan/inlagg/" + first, "/samverkan/bevakning");
        assertThat(jdbc.sql("SELECT count(*) FROM community_alert WHERE user_id = ? AND digested_at IS NOT NULL").param(morning.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM community_alert WHERE user_id = ? AND digested_at IS NULL").param(live.id())
                .query(Long.class).single()).isEqualTo(2);

        // the next morning: nothing new, nothing sent
        assertThat(digest.sendDigests()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }
}
