package se.trygghetsnav.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.platform.Role;

/** Invitations, one-time links, lock-out and access tokens, with a real SMTP server. */
class AccountFlowTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/konto/(?:aktivera|aterstall)/[A-Za-z0-9_-]{43})");

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private long housing;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long safety = fixtures.organisation(Fixtures.TRANEMO, "Trygghet och säkerhet", "MUNICIPAL_DEPARTMENT");
        housing = fixtures.organisation(Fixtures.TRANEMO, "Tranemo Bostäder", "HOUSING_COMPANY");
        coordinator = fixtures.person(Fixtures.TRANEMO, safety, Role.COORDINATOR);
    }

    @Test
    void anInvitedReporterChoosesAPasswordOnceAndLogsIn() throws Exception {
        String email = "ny.rapportor." + System.nanoTime() + "@tranemo.se";
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        mvc.perform(post("/kommun/personer").with(asCoordinator).with(csrf(asCoordinator, "/kommun/personer"))
                        .param("email", email).param("displayName", "Åsa Öberg").param("organisationId", String.valueOf(housing))
                        .param("role", "REPORTER"))
                .andExpect(status().is3xxRedirection());

        MimeMessage invitation = onlyMessageTo(email);
        assertThat(invitation.getSubject()).isEqualTo("Inbjudan till Trygghetsnav");
        String body = text(invitation);
        assertThat(body).contains("Åsa Öberg", "rapportör", "Tranemo Bostäder");
        String link = link(invitation);

        String page = mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Välj lösenord");
        mvc.perform(post(link).with(BrowserLikeCsrf.from(mvc, link)).param("password", "kort").param("confirmation", "kort"))
                .andExpect(status().isOk());
        mvc.perform(post(link).with(BrowserLikeCsrf.from(mvc, link))
                        .param("password", "ett långt och bra lösenord").param("confirmation", "ett långt och bra lösenord"))
                .andExpect(header().string("Location", "/logga-in"));
        mvc.perform(get(link)).andExpect(status().isNotFound());

        mvc.perform(post("/logga-in").with(BrowserLikeCsrf.from(mvc, "/logga-in"))
                        .param("username", email).param("password", "ett långt och bra lösenord"))
                .andExpect(header().string("Location", Matchers.endsWith("/hem")));
        assertThat(jdbc.sql("SELECT count(*) FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = :e AND m.role = 'REPORTER'")
                .param("e", email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPoliceAreaOfAnotherMunicipalityInTheCountyBecomesAPartner() throws Exception {
        // Borås (1490) and Tranemo (1452) are both in Västra Götalands län; Stockholm (0180) is not
        long police = fixtures.organisation(Fixtures.BORAS, "Lokalpolisområde Borås", "POLICE");
        long stockholm = fixtures.organisation("0180", "Polisen Stockholm city", "POLICE");
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        String page = mvc.perform(get("/kommun/organisationer").with(asCoordinator)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lokalpolisområde Borås").doesNotContain("Polisen Stockholm city");
        mvc.perform(post("/kommun/organisationer/samarbetspart").with(csrf(asCoordinator, "/kommun/organisationer"))
                        .param("organisationId", String.valueOf(police)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM organisation_municipality WHERE organisation_id = :o")
                .param("o", police).query(Long.class).single()).isEqualTo(2);
        mvc.perform(post("/kommun/organisationer/samarbetspart").with(csrf(asCoordinator, "/kommun/organisationer"))
                        .param("organisationId", String.valueOf(stockholm)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM organisation_municipality WHERE organisation_id = :o")
                .param("o", stockholm).query(Long.class).single()).as("not in the county: refused").isEqualTo(1);
    }

    @Test
    void onlyCoordinatorsInvite() throws Exception {
        Fixtures.Person reporter = fixtures.person(Fixtures.TRANEMO, housing, Role.REPORTER);
        mvc.perform(get("/kommun/personer").with(fixtures.loggedIn(reporter))).andExpect(status().isForbidden());
    }

    @Test
    void invalidInvitationsKeepWhatWasTyped() throws Exception {
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        String page = mvc.perform(post("/kommun/personer").with(asCoordinator).with(csrf(asCoordinator, "/kommun/personer"))
                        .param("email", "inte-en-adress").param("displayName", "Örjan Ås").param("role", "ANALYST"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
                .contains("Skriv en giltig e-postadress", "Välj en organisation", "value=\"Örjan Ås\"", "value=\"inte-en-adress\"");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void fiveFailedLoginsLockTheAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/logga-in").with(BrowserLikeCsrf.from(mvc, "/logga-in"))
                            .param("username", coordinator.email()).param("password", "fel lösenord"))
                    .andExpect(header().string("Location", Matchers.endsWith("/logga-in?error")));
        }
        mvc.perform(post("/logga-in").with(BrowserLikeCsrf.from(mvc, "/logga-in"))
                        .param("username", coordinator.email()).param("password", Fixtures.PASSWORD))
                .andExpect(header().string("Location", Matchers.endsWith("/logga-in?error")));
        assertThat(jdbc.sql("SELECT locked_until > now() FROM app_user WHERE id = :id").param("id", coordinator.id())
                .query(Boolean.class).single()).isTrue();

        jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 minute' WHERE id = :id").param("id", coordinator.id()).update();
        mvc.perform(post("/logga-in").with(BrowserLikeCsrf.from(mvc, "/logga-in"))
                        .param("username", coordinator.email()).param("password", Fixtures.PASSWORD))
                .andExpect(header().string("Location", Matchers.endsWith("/hem")));
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE id = :id").param("id", coordinator.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPasswordResetLinkWorksOnceAndUnknownAddressesRevealNothing() throws Exception {
        mvc.perform(post("/konto/glomt-losenord").with(BrowserLikeCsrf.from(mvc, "/konto/glomt-losenord"))
                        .param("email", "finns.inte@tranemo.se"))
                .andExpect(header().string("Location", "/konto/glomt-losenord"));
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        mvc.perform(post("/konto/glomt-losenord").with(BrowserLikeCsrf.from(mvc, "/konto/glomt-losenord"))
                        .param("email", coordinator.email().toUpperCase()))
                .andExpect(header().string("Location", "/konto/glomt-losenord"));
        String link = link(onlyMessageTo(coordinator.email().toUpperCase()));
        assertThat(link).startsWith("/konto/aterstall/");
        mvc.perform(post(link).with(BrowserLikeCsrf.from(mvc, link))
                        .param("password", "ett helt nytt lösenord").param("confirmation", "ett helt nytt lösenord"))
                .andExpect(header().string("Location", "/logga-in"));
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", coordinator.id()).query(String.class).single();
        assertThat(encoder.matches("ett helt nytt lösenord", hash)).isTrue();
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    @Test
    void accessTokensAreShownOnceStoredAsHashesAndRevocable() throws Exception {
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        var result = mvc.perform(post("/konto/profil/nycklar").with(asCoordinator).with(csrf(asCoordinator, "/konto/profil"))
                        .param("name", "GIS-export"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) result.getFlashMap().get("newToken");
        assertThat(token).startsWith("tnpat_");
        assertThat(jdbc.sql("SELECT count(*) FROM access_token WHERE name = 'GIS-export' AND token_hash = :h")
                .param("h", se.trygghetsnav.platform.Tokens.hash(token)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT string_agg(encode(token_hash, 'escape'), '') FROM access_token").query(String.class).single())
                .doesNotContain(token);
        String profile = mvc.perform(get("/konto/profil").with(asCoordinator)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile).contains("GIS-export").doesNotContain(token);
        assertThat(accessTokens.authenticate(token)).isPresent();
        long id = jdbc.sql("SELECT id FROM access_token WHERE name = 'GIS-export'").query(Long.class).single();
        mvc.perform(post("/konto/profil/nycklar/" + id + "/aterkalla").with(asCoordinator).with(csrf(asCoordinator, "/konto/profil")))
                .andExpect(status().is3xxRedirection());
        assertThat(accessTokens.authenticate(token)).isEmpty();
    }

    private RequestPostProcessor csrf(RequestPostProcessor user, String page) throws Exception {
        return BrowserLikeCsrf.from(mvc, page, user);
    }

    private static MimeMessage onlyMessageTo(String address) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage[] messages = MAIL.getReceivedMessages();
            MimeMessage[] mine = Arrays.stream(messages).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
                } catch (Exception e) {
                    return false;
                }
            }).toArray(MimeMessage[]::new);
            if (mine.length == 1) {
                return mine[0];
            }
            if (mine.length > 1) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Expected exactly one message to " + address);
    }

    static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(MimeMessage message) {
        Matcher matcher = LINK.matcher(text(message));
        assertThat(matcher.find()).as("a one-time link in the message").isTrue();
        return matcher.group(1);
    }
}
