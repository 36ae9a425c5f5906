package se.trygghetsnav.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.barometer.BarometerService;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureForm;
import se.trygghetsnav.measure.MeasureService;
import se.trygghetsnav.platform.Role;

/** Swedish search, the public pages and API, and the links from the barometer and from measures. */
class KnowledgeSearchTest extends IntegrationTest {

    @Autowired
    private KnowledgeBank bank;

    @Autowired
    private BarometerService barometer;

    @Autowired
    private MeasureService measures;

    @Autowired
    private UserDetailsService users;

    @Test
    void swedishSearchFindsCompoundWordsAndInflections() {
        assertThat(slugs("vandringar")).contains("trygghetsvandring");
        assertThat(slugs("trygghetsvandringar")).first().isEqualTo("trygghetsvandring");
        assertThat(slugs("kameror")).contains("kamerabevakning");
        assertThat(slugs("belysning")).contains("gatubelysning");
        assertThat(slugs("hedersrelaterat våld")).contains("hedersrelaterat-vald");
        assertThat(slugs("medborgarlöften")).first().isEqualTo("medborgarloften");
        assertThat(bank.search("kameror").get(0).snippetHtml()).doesNotContain("<script");
    }

    @Test
    void emptyAndJunkQueriesAreSafe() {
        for (String junk : new String[] {"", "   ", null, "&&&", "'; DROP TABLE knowledge_article; --", "!!!(((", "och",
                "<script>alert(1)</script>", "x".repeat(5000), "\"\"", "-", "a:*", "%_%"}) {
            assertThat(bank.search(junk)).as(String.valueOf(junk)).isNotNull();
        }
        assertThat(bank.search("")).isEmpty();
        assertThat(bank.search("zzqxw")).isEmpty();
        assertThat(bank.all()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("SELECT count(*) FROM knowledge_article").query(Long.class).single()).isEqualTo(bank.all().size());
    }

    @Test
    void rebuildingTheIndexRemovesArticlesWhoseFileIsGoneAndKeepsTheRest() {
        jdbc.sql("INSERT INTO knowledge_article (slug, title, body) VALUES ('borttagen', 'Borttagen', 'Gammal trygghetsvandring')").update();
        assertThat(slugs("borttagen")).contains("borttagen");
        bank.rebuildIndex();
        assertThat(slugs("borttagen")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM knowledge_article").query(Long.class).single()).isEqualTo(bank.all().size());
        assertThat(slugs("vandringar")).contains("trygghetsvandring");
    }

    @Test
    void theListTheArticleAndTheSearchPagesArePublic() throws Exception {
        String list = html(mvc.perform(get("/kunskap")).andExpect(status().isOk()).andReturn());
        assertThat(list).contains("Kunskapsbank", "Metoder", "Artiklar", "/kunskap/trygghetsvandring", "name=\"q\"");
        assertThat(list.indexOf("Metoder")).isLessThan(list.indexOf("id=\"articles-heading\""));

        String tagged = html(mvc.perform(get("/kunskap").param("tag", "belysning")).andExpect(status().isOk()).andReturn());
        assertThat(tagged).contains("/kunskap/gatubelysning").doesNotContain("/kunskap/hedersrelaterat-vald");

        String article = html(mvc.perform(get("/kunskap/trygghetsvandring")).andExpect(status().isOk()).andReturn());
        assertThat(article).contains("Trygghetsvandring", "Hjälper med dessa frågor i Trygghetsbarometern",
                "Genomförs trygghetsbesiktningar", "Vad forskningen säger", "/kunskap?tag=");

        String camera = html(mvc.perform(get("/kunskap/kamerabevakning")).andExpect(status().isOk()).andReturn());
        assertThat(camera).contains("-13 %", "76 studier", "säkerställd effekt", "6 studier");

        String search = html(mvc.perform(get("/kunskap/sok").param("q", "vandringar")).andExpect(status().isOk()).andReturn());
        assertThat(search).contains("/kunskap/trygghetsvandring", "träffar");
        String hostile = html(mvc.perform(get("/kunskap/sok").param("q", "<script>alert(1)</script>")).andExpect(status().isOk()).andReturn());
        assertThat(hostile).doesNotContain("<script>alert(1)</script>");
        mvc.perform(get("/kunskap/sok")).andExpect(status().isOk());
    }

    @Test
    void anUnknownArticleIsAFriendlyNotFound() throws Exception {
        String page = html(mvc.perform(get("/kunskap/finns-inte").accept("text/html")).andExpect(status().isNotFound()).andReturn());
        assertThat(page).doesNotContain("Exception");
        mvc.perform(get("/api/v1/knowledge/finns-inte")).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsAndShowsArticlesWithoutAToken() throws Exception {
        String list = html(mvc.perform(get("/api/v1/knowledge")).andExpect(status().isOk()).andReturn());
        assertThat(list).contains("\"slug\":\"trygghetsvandring\"", "\"kind\":\"METHOD\"");
        String one = html(mvc.perform(get("/api/v1/knowledge/kamerabevakning")).andExpect(status().isOk()).andReturn());
        assertThat(one).contains("\"title\":\"Kamerabevakning\"", "\"html\":", "s3.q6");
        String searched = html(mvc.perform(get("/api/v1/knowledge").param("q", "kameror")).andExpect(status().isOk()).andReturn());
        assertThat(searched).contains("kamerabevakning");
    }

    @Test
    void theBarometerResultLinksEachDevelopmentItemToItsArticles() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        barometer.instrument().questions().forEach(q -> answers.put(q.id(), "YES"));
        answers.put("s3.q4", "NO");
        String token = barometer.submit(answers).token();
        String page = html(mvc.perform(get("/barometern/resultat/" + token)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Läs mer", "href=\"/kunskap/trygghetsvandring\"");
        String print = html(mvc.perform(get("/barometern/resultat/" + token + "/utskrift")).andExpect(status().isOk()).andReturn());
        assertThat(print).contains("href=\"/kunskap/trygghetsvandring\"");
    }

    @Test
    void aMeasureNamesItsMethodAndLinksToIt() throws Exception {
        long organisation = jdbc.sql("INSERT INTO organisation (name, kind) VALUES ('Kunskapsförvaltningen', 'MUNICIPAL_DEPARTMENT') RETURNING id")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (:id, '1498')")
                .param("id", organisation).update();
        String email = "knowledge-" + System.nanoTime() + "@test.local";
        long userId = jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash, enabled)
                        VALUES (:email, 'Kim Kunskap', '{noop}not-used-here', true) RETURNING id
                        """).param("email", email).query(Long.class).single();
        jdbc.sql("INSERT INTO membership (user_id, organisation_id, municipality_code, role) VALUES (:u, :o, '1498', 'COORDINATOR')")
                .param("u", userId).param("o", organisation).update();
        Actor actor = new Actor(userId, email, "Kim Kunskap", "1498", "Tidaholm", Set.of(Role.COORDINATOR), List.of());
        UserDetails principal = users.loadUserByUsername(email);
        RequestPostProcessor coordinator = authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

        Measure walk = measures.propose(actor, new MeasureForm("Trygghetsvandring i centrum", "", "", null, null, "", null, null,
                List.of(), "trygghetsvandring"), null);
        assertThat(walk.method()).isEqualTo("trygghetsvandring");
        String detail = html(mvc.perform(get("/lagesbild/atgarder/" + walk.id()).with(coordinator)).andExpect(status().isOk()).andReturn());
        assertThat(detail).contains("href=\"/kunskap/trygghetsvandring\"", "Metod");

        String form = html(mvc.perform(get("/lagesbild/atgarder/ny").with(coordinator)).andExpect(status().isOk()).andReturn());
        assertThat(form).contains("name=\"method\"", "value=\"kamerabevakning\"").doesNotContain("value=\"kommunens-ansvar-lag-2023-196\"");

        mvc.perform(post("/lagesbild/atgarder/" + walk.id() + "/andra")
                        .with(BrowserLikeCsrf.from(mvc, "/lagesbild/atgarder/" + walk.id() + "/andra", coordinator)).with(coordinator)
                        .param("title", "Belysning i centrum").param("method", "gatubelysning"))
                .andExpect(status().is3xxRedirection());
        assertThat(measures.get(actor, walk.id()).method()).isEqualTo("gatubelysning");

        String bad = html(mvc.perform(post("/lagesbild/atgarder/" + walk.id() + "/andra")
                        .with(BrowserLikeCsrf.from(mvc, "/lagesbild/atgarder/" + walk.id() + "/andra", coordinator)).with(coordinator)
                        .param("title", "Belysning i centrum").param("method", "kommunens-ansvar-lag-2023-196"))
                .andExpect(status().isOk()).andReturn());
        assertThat(bad).contains("Metoden finns inte i kunskapsbanken");
        assertThat(measures.get(actor, walk.id()).method()).isEqualTo("gatubelysning");
    }

    private List<String> slugs(String query) {
        return bank.search(query).stream().map(SearchHit::slug).toList();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
