package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** Badges, direct posts to verified organisations, moderators, coordinators, events and the rate limit on the page. */
@RecordApplicationEvents
class CommunityPostRulesTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Fixtures.Person anna;
    private Fixtures.Person officer;
    private long police;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        community = new CommunityFixtures(jdbc, accessTokens, encoder);
        anna = community.member(Fixtures.TRANEMO, "Anna Andersson");
        police = fixtures.organisation(Fixtures.TRANEMO, "Polisen", "POLICE");
        jdbc.sql("UPDATE organisation SET verified_at = now() WHERE id = :id").param("id", police).update();
        officer = fixtures.person(Fixtures.TRANEMO, police, Role.REPORTER);
        community.join(officer.id(), Fixtures.TRANEMO, MemberKind.STAFF);
    }

    @Test
    void staffOfAVerifiedOrganisationPostWithItsBadgeAndEveryPostIsAnEvent() throws Exception {
        String json = "{\"body\": \"Vi har extra patrull i centrum i kväll\", \"priority\": \"GREEN\", \"latitude\": 57.4851, "
                + "\"longitude\": 13.3512, \"exactPosition\": true, \"badgeOrganisationId\": " + police + ", \"badgeRole\": \"Kommunpolis\"}";
        String created = mvc.perform(post("/api/v1/community/posts").header("Authorization", "Bearer " + officer.token())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = Long.parseLong(created.replaceFirst("^\\{\"id\":(\\d+).*", "$1"));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/samverkan/inlagg/" + id).with(fixtures.loggedIn(anna)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Polisen · Kommunpolis", "Exakt plats");
        PostPublished event = events.stream(PostPublished.class).findFirst().orElseThrow();
        assertThat(event.postId()).isEqualTo(id);
        assertThat(event.municipalityCode()).isEqualTo(Fixtures.TRANEMO);
        assertThat(event.priority()).isEqualTo(Priority.GREEN);
        assertThat(event.latitude()).isEqualTo(57.4851);

        String badgeForAnna = json.replace("GREEN", "YELLOW");
        mvc.perform(post("/api/v1/community/posts").header("Authorization", "Bearer " + anna.token())
                        .contentType(MediaType.APPLICATION_JSON).content(badgeForAnna))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aDirectPostToAVerifiedOrganisationIsSeenByItsStaffAndTheAuthorOnly() throws Exception {
        Fixtures.Person bo = community.member(Fixtures.TRANEMO, "Bo Berg");
        String form = mvc.perform(get("/samverkan/inlagg/ny?organisation=" + police).with(fixtures.loggedIn(anna)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).containsPattern("value=\"ORGANISATION:" + police + "\"\\s+selected");
        String location = mvc.perform(multipart("/samverkan/inlagg/ny")
                        .with(BrowserLikeCsrf.from(mvc, "/samverkan/inlagg/ny", fixtures.loggedIn(anna)))
                        .param("body", "Mopeder kör på gångvägen varje kväll").param("priority", "GREEN")
                        .param("visibility", "ORGANISATION:" + police).param("latitude", "57.48").param("longitude", "13.35"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(fixtures.loggedIn(officer))).andExpect(status().isOk());
        mvc.perform(get(location).with(fixtures.loggedIn(anna))).andExpect(status().isOk());
        mvc.perform(get(location).with(fixtures.loggedIn(bo))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/trygghet/" + Fixtures.TRANEMO + "/samverkan")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Mopeder");
    }

    @Test
    void hiddenPostsAreForModeratorsAndCoordinatorsGetTheLinkToTheSituationPicture() throws Exception {
        long hidden = community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.RED, "Olämpligt inlägg", 57.48, 13.35);
        jdbc.sql("UPDATE community_post SET hidden_at = now() WHERE id = :id").param("id", hidden).update();
        Fixtures.Person moderator = community.member(Fixtures.TRANEMO, "Mona Moderator");
        community.grantModerator(moderator.id());
        mvc.perform(get("/samverkan/inlagg/" + hidden).with(fixtures.loggedIn(anna))).andExpect(status().isNotFound());
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/samverkan/inlagg/" + hidden).with(fixtures.loggedIn(moderator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .contains("Dolt av moderator", "/samverkan/moderering");

        long visible = community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.RED, "Inbrott pågår", 57.48, 13.35);
        Fixtures.Person coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Kommunen",
                "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
        community.join(coordinator.id(), Fixtures.TRANEMO, MemberKind.STAFF);
        assertThat(mvc.perform(get("/samverkan/inlagg/" + visible).with(fixtures.loggedIn(coordinator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/samverkan/inlagg/" + visible + "/till-lagesbild");
    }

    @Test
    void thePageKeepsTheTextWhenTheRateLimitIsReached() throws Exception {
        for (int i = 0; i < RateLimit.POSTS.shortLimit(); i++) {
            community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.GREEN, "Inlägg " + i, 57.48, 13.35);
        }
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/samverkan/inlagg/ny")
                        .with(BrowserLikeCsrf.from(mvc, "/samverkan/inlagg/ny", fixtures.loggedIn(anna)))
                        .param("body", "Ett sjätte inlägg").param("priority", "GREEN").param("visibility", "PUBLIC")
                        .param("latitude", "57.48").param("longitude", "13.35"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("många inlägg på kort tid", "Ett sjätte inlägg");
    }

    @Test
    void aChatMessageIsAnEvent() throws Exception {
        long group = community.group(Fixtures.TRANEMO, "Gruppen", false, anna.id());
        mvc.perform(post("/api/v1/community/groups/" + group + "/chat").header("Authorization", "Bearer " + anna.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"Hej gruppen\"}")).andExpect(status().isCreated());
        ChatMessagePosted event = events.stream(ChatMessagePosted.class).findFirst().orElseThrow();
        assertThat(event.groupId()).isEqualTo(group);
        assertThat(event.body()).isEqualTo("Hej gruppen");
        assertThat(event.authorName()).isEqualTo("Anna Andersson");
    }
}
