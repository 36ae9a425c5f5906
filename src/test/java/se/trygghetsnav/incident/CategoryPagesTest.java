package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

class CategoryPagesTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private Fixtures.Person reporter;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long org = fixtures.organisation(Fixtures.TRANEMO, "Trygghet", "MUNICIPAL_DEPARTMENT");
        coordinator = fixtures.person(Fixtures.TRANEMO, org, Role.COORDINATOR);
        reporter = fixtures.person(Fixtures.TRANEMO, org, Role.REPORTER);
    }

    @Test
    void aCoordinatorRenamesDeactivatesAndAddsCategoriesForTheirMunicipalityOnly() throws Exception {
        long graffiti = fixtures.category(Fixtures.TRANEMO, "GRAFFITI");
        try {
            RequestPostProcessor as = fixtures.loggedIn(coordinator);
            // unticked "Används" deactivates
            mvc.perform(postForm(as).param("id", String.valueOf(graffiti)).param("name", "Klotter och tags").param("sortOrder", "5"))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(postForm(as).param("name", "Eldning i park").param("active", "true")).andExpect(status().is3xxRedirection());

            String form = mvc.perform(get("/lagesbild/rapportera").with(fixtures.loggedIn(reporter))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(form).doesNotContain(">Klotter<").contains("Eldning i park");
            assertThat(jdbc.sql("SELECT name FROM incident_category WHERE municipality_code = :m AND code = 'GRAFFITI'")
                    .param("m", Fixtures.BORAS).query(String.class).single()).isEqualTo("Klotter");
            mvc.perform(get("/kommun/kategorier").with(fixtures.loggedIn(reporter))).andExpect(status().isForbidden());
        } finally {
            // categories are reference data kept between tests: put them back
            jdbc.sql("UPDATE incident_category SET name = 'Klotter', active = true, sort_order = 20 WHERE id = :id").param("id", graffiti).update();
            jdbc.sql("DELETE FROM incident_category WHERE code LIKE 'CUSTOM_%'").update();
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postForm(RequestPostProcessor as) throws Exception {
        return post("/kommun/kategorier").with(BrowserLikeCsrf.from(mvc, "/kommun/kategorier", as));
    }
}
