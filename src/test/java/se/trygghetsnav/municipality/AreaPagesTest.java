package se.trygghetsnav.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

class AreaPagesTest extends IntegrationTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[13.350,57.484],[13.352,57.484],[13.352,57.486],[13.350,57.486],[13.350,57.484]]]}";

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MunicipalityService municipalities;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Trygghet", "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
    }

    @Test
    void aDrawnPolygonBecomesAnAreaThatFindsItsPoints() throws Exception {
        mvc.perform(form().param("name", "Torget").param("geometry", SQUARE)).andExpect(status().is3xxRedirection());
        Area torget = municipalities.areas(Fixtures.TRANEMO).get(0);
        assertThat(torget.name()).isEqualTo("Torget");
        assertThat(torget.minLatitude()).isEqualTo(57.484);
        assertThat(municipalities.areaContaining(Fixtures.TRANEMO, 57.485, 13.351)).map(Area::name).hasValue("Torget");
        assertThat(municipalities.areaContaining(Fixtures.TRANEMO, 57.490, 13.351)).isEmpty();
        assertThat(municipalities.areaContaining(Fixtures.BORAS, 57.485, 13.351)).isEmpty();
    }

    @Test
    void anUploadedFeatureCollectionBecomesNamedAreas() throws Exception {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Östra parken\"},\"geometry\":" + SQUARE + "},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Västra parken\"},\"geometry\":" + SQUARE.replace("13.35", "13.34") + "}]}";
        mvc.perform(form().file(new MockMultipartFile("file", "omraden.geojson", "application/geo+json", collection.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().is3xxRedirection());
        assertThat(municipalities.areas(Fixtures.TRANEMO)).extracting(Area::name).containsExactly("Västra parken", "Östra parken");
    }

    @Test
    void invalidGeoJsonIsExplainedAndWhatWasTypedKept() throws Exception {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[13.35,57.48],[13.36,57.48],[13.36,57.49]]]}";
        String page = mvc.perform(form().param("name", "Ängen").param("geometry", open)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Ogiltig GeoJSON", "value=\"Ängen\"", open);
        assertThat(municipalities.areas(Fixtures.TRANEMO)).isEmpty();
    }

    @Test
    void aCoordinatorAddsALocalityAndBadCoordinatesAreExplained() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/kommun/orter")
                        .with(BrowserLikeCsrf.from(mvc, "/kommun/omraden", fixtures.loggedIn(coordinator)))
                        .param("name", "Ölsboda").param("latitude", "57,51").param("longitude", "13.30"))
                .andExpect(status().is3xxRedirection());
        assertThat(municipalities.localities(Fixtures.TRANEMO)).extracting(Locality::name).contains("Ölsboda");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/kommun/orter")
                        .with(BrowserLikeCsrf.from(mvc, "/kommun/omraden", fixtures.loggedIn(coordinator)))
                        .param("name", "Paris").param("latitude", "48.85").param("longitude", "2.35"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Punkten ligger inte i Sverige", "value=\"Paris\"");
        jdbc.sql("DELETE FROM locality WHERE name IN ('Ölsboda')").update();
    }

    private MockMultipartHttpServletRequestBuilder form() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/kommun/omraden");
        request.with(BrowserLikeCsrf.from(mvc, "/kommun/omraden", fixtures.loggedIn(coordinator)));
        return request;
    }
}
