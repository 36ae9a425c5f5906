package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** Working groups that meet twice a year and pass information to the coordinator. */
class MeetingWorkingGroupPagesTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "TSK", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
    }

    @Test
    void aGroupIsAddedMeetsAndShowsWhenItIsDueNext() throws Exception {
        String location = mvc.perform(post("/lagesbild/arbetsgrupper").with(csrf("/lagesbild/arbetsgrupper"))
                        .param("name", "BRÅ Unga").param("purpose", "Strategisk samverkan kring barn och unga")
                        .param("members", "Folkhälsostrateg/TSK\nElevhälsosamordnare\nFritidschef").param("meetingsPerYear", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/lagesbild/arbetsgrupper/\\d+");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        // Never met: due today, not yet overdue.
        assertThat(page("/lagesbild/arbetsgrupper")).contains("BRÅ Unga", today.toString()).doesNotContain("Försenad");

        LocalDate longAgo = today.minusMonths(7);
        mvc.perform(post(location + "/moten").with(csrf(location)).param("date", longAgo.toString())
                        .param("minutes", "Genomgång av läget på fritidsgårdarna").param("decisions", "Fler nattvandrare i helgerna")
                        .param("toCoordinator", "Oro för ungdomar vid stationen på fredagskvällar"))
                .andExpect(status().is3xxRedirection());
        String group = page(location);
        assertThat(group).contains("Genomgång av läget", "Fler nattvandrare", "Oro för ungdomar", longAgo.plusMonths(6).toString(),
                "Försenad", "Elevhälsosamordnare");
        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).contains("BRÅ Unga");

        mvc.perform(post(location + "/moten").with(csrf(location)).param("date", today.toString())).andExpect(status().is3xxRedirection());
        assertThat(page("/lagesbild/arbetsgrupper")).contains(today.plusMonths(6).toString()).doesNotContain("Försenad");

        String duplicate = HtmlUtils.htmlUnescape(mvc.perform(post("/lagesbild/arbetsgrupper").with(csrf("/lagesbild/arbetsgrupper"))
                        .param("name", "BRÅ Unga").param("meetingsPerYear", "13"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(duplicate).contains("mellan 1 och 12");

        Fixtures.Person boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        mvc.perform(get(location).with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/lagesbild/arbetsgrupper").with(fixtures.loggedIn(boras))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("BRÅ Unga");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor csrf(String page) throws Exception {
        return BrowserLikeCsrf.from(mvc, page, fixtures.loggedIn(coordinator));
    }

    private String page(String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(fixtures.loggedIn(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
