package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.incident.ReportPhotos;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

/** The community API with members' access tokens: every endpoint and its errors. */
class CommunityApiTest extends IntegrationTest {

    private static final String API = "/api/v1/community";
    private static final String POST_JSON = """
            {"body": "Misstänkt inbrottsförsök i källaren", "priority": "YELLOW", "latitude": 57.4851, "longitude": 13.3512}
            """;

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Fixtures.Person anna;
    private Fixtures.Person bo;
    private Fixtures.Person cecilia;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        community = new CommunityFixtures(jdbc, accessTokens, encoder);
        anna = community.member(Fixtures.TRANEMO, "Anna Andersson");
        bo = community.member(Fixtures.TRANEMO, "Bo Berg");
        cecilia = community.member(Fixtures.BORAS, "Cecilia Borås");
    }

    @Test
    void withoutATokenOrMembershipTheAnswerIs401Or403() throws Exception {
        assertThat(call(get(API + "/posts"), null).getStatus()).isEqualTo(401);
        Fixtures.Person staff = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Kommunen", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        MockHttpServletResponse refused = call(get(API + "/posts"), staff);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).contains("problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("uppförandekoden");
    }

    @Test
    void postsAreCreatedReadListedAndRemoved() throws Exception {
        MockHttpServletResponse created = call(json(post(API + "/posts"), POST_JSON), anna);
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode post = read(created);
        long id = post.get("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo(API + "/posts/" + id);
        assertThat(post.get("exactPosition").asBoolean()).isFalse();
        assertThat(post.get("latitude").asDouble()).isNotEqualTo(57.4851);
        assertThat(post.get("authorName").asString()).isEqualTo("Anna Andersson");

        assertThat(read(call(get(API + "/posts/" + id), bo)).get("body").asString()).contains("inbrottsförsök");
        assertThat(read(call(get(API + "/posts"), bo)).size()).isEqualTo(1);
        assertThat(call(get(API + "/posts/" + id), cecilia).getStatus()).isEqualTo(404);
        assertThat(read(call(get(API + "/posts"), cecilia)).size()).isZero();
        assertThat(call(get(API + "/posts?limit=0"), bo).getStatus()).isEqualTo(422);

        assertThat(call(delete(API + "/posts/" + id), bo).getStatus()).isEqualTo(403);
        assertThat(call(delete(API + "/posts/" + id), anna).getStatus()).isEqualTo(204);
        assertThat(call(get(API + "/posts/" + id), bo).getStatus()).isEqualTo(404);
        assertThat(call(get(API + "/posts/999999"), bo).getStatus()).isEqualTo(404);
    }

    @Test
    void badPostsGet422() throws Exception {
        for (String body : new String[] {
                "{\"body\": \"\", \"priority\": \"RED\", \"latitude\": 57.48, \"longitude\": 13.35}",
                "{\"body\": \"" + "x".repeat(2001) + "\", \"priority\": \"RED\", \"latitude\": 57.48, \"longitude\": 13.35}",
                "{\"body\": \"Text\", \"priority\": \"PURPLE\", \"latitude\": 57.48, \"longitude\": 13.35}",
                "{\"body\": \"Text\", \"priority\": \"RED\"}",
                "{\"body\": \"Text\", \"priority\": \"RED\", \"latitude\": 57.48, \"longitude\": 13.35, \"visibility\": \"GROUP\", \"groupId\": 1}",
                "{\"body\": \"Text\", \"priority\": \"RED\", \"latitude\": 57.48, \"longitude\": 13.35, \"visibility\": \"ORGANISATION\", \"organisationId\": 1}"}) {
            MockHttpServletResponse response = call(json(post(API + "/posts"), body), anna);
            assertThat(response.getStatus()).as(body.substring(0, Math.min(body.length(), 80))).isEqualTo(422);
            assertThat(response.getContentType()).contains("problem+json");
        }
        assertThat(call(json(post(API + "/posts"), "{not json"), anna).getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM community_post").query(Long.class).single()).isZero();
    }

    @Test
    void photosArriveWithThePostOrAfterItAndCarryNoExif() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(API + "/posts");
        request.file(new MockMultipartFile("post", "", MediaType.APPLICATION_JSON_VALUE, POST_JSON.getBytes(StandardCharsets.UTF_8)));
        request.file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", ReportPhotos.jpegWithGpsMarker()));
        MockHttpServletResponse created = call(request, anna);
        assertThat(created.getStatus()).isEqualTo(201);
        long id = read(created).get("id").asLong();
        assertThat(read(created).get("hasPhoto").asBoolean()).isTrue();
        byte[] stored = call(get(API + "/posts/" + id + "/photo"), bo).getContentAsByteArray();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude-TESTMARKER", "Exif");
        byte[] inDatabase = jdbc.sql("SELECT bytes FROM community_photo WHERE post_id = :p").param("p", id).query(byte[].class).single();
        assertThat(new String(inDatabase, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude-TESTMARKER", "Exif");

        long second = read(call(json(post(API + "/posts"), POST_JSON), anna)).get("id").asLong();
        MockMultipartHttpServletRequestBuilder upload = multipart(API + "/posts/" + second + "/photo");
        upload.file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", ReportPhotos.jpegWithGpsMarker()));
        assertThat(call(upload, bo).getStatus()).isEqualTo(403);
        MockMultipartHttpServletRequestBuilder own = multipart(API + "/posts/" + second + "/photo");
        own.file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", ReportPhotos.jpegWithGpsMarker()));
        assertThat(call(own, anna).getStatus()).isEqualTo(201);

        MockMultipartHttpServletRequestBuilder notAnImage = multipart(API + "/posts/" + second + "/photo");
        notAnImage.file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "inte en bild".getBytes(StandardCharsets.UTF_8)));
        assertThat(call(notAnImage, anna).getStatus()).isEqualTo(422);

        MockMultipartHttpServletRequestBuilder tooLarge = multipart(API + "/posts");
        tooLarge.file(new MockMultipartFile("post", "", MediaType.APPLICATION_JSON_VALUE, POST_JSON.getBytes(StandardCharsets.UTF_8)));
        tooLarge.file(new MockMultipartFile("photo", "stor.jpg", "image/jpeg", new byte[11 * 1024 * 1024]));
        assertThat(call(tooLarge, anna).getStatus()).isEqualTo(413);
    }

    @Test
    void postingTooOftenGets429() throws Exception {
        for (int i = 0; i < RateLimit.POSTS.shortLimit(); i++) {
            assertThat(call(json(post(API + "/posts"), POST_JSON), anna).getStatus()).isEqualTo(201);
        }
        MockHttpServletResponse refused = call(json(post(API + "/posts"), POST_JSON), anna);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).contains("problem+json");
        assertThat(call(json(post(API + "/posts"), POST_JSON), bo).getStatus()).isEqualTo(201);
    }

    @Test
    void commentsAndChatMessagesTogetherAreRateLimited() throws Exception {
        long group = community.group(Fixtures.TRANEMO, "Snabbpratarna", false, anna.id());
        long postId = community.post(Fixtures.TRANEMO, bo.id(), Visibility.PUBLIC, null, Priority.GREEN, "Hej", 57.485, 13.351);
        int half = RateLimit.MESSAGES.shortLimit() / 2;
        for (int i = 0; i < half; i++) {
            assertThat(call(json(post(API + "/posts/" + postId + "/comments"), "{\"body\": \"Kommentar " + i + "\"}"), anna).getStatus())
                    .isEqualTo(201);
        }
        for (int i = half; i < RateLimit.MESSAGES.shortLimit(); i++) {
            assertThat(call(json(post(API + "/groups/" + group + "/chat"), "{\"body\": \"Chatt " + i + "\"}"), anna).getStatus())
                    .isEqualTo(201);
        }
        MockHttpServletResponse refused = call(json(post(API + "/groups/" + group + "/chat"), "{\"body\": \"En till\"}"), anna);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(call(json(post(API + "/posts/" + postId + "/comments"), "{\"body\": \"En till\"}"), anna).getStatus()).isEqualTo(429);
        assertThat(call(json(post(API + "/posts/" + postId + "/comments"), "{\"body\": \"Jag då?\"}"), bo).getStatus()).isEqualTo(201);
    }

    @Test
    void comments() throws Exception {
        long id = read(call(json(post(API + "/posts"), POST_JSON), anna)).get("id").asLong();
        MockHttpServletResponse created = call(json(post(API + "/posts/" + id + "/comments"), "{\"body\": \"Jag såg det också\"}"), bo);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(read(created).get("authorName").asString()).isEqualTo("Bo Berg");
        assertThat(read(call(get(API + "/posts/" + id + "/comments"), anna)).size()).isEqualTo(1);
        assertThat(call(json(post(API + "/posts/" + id + "/comments"), "{\"body\": \"  \"}"), bo).getStatus()).isEqualTo(422);
        assertThat(call(json(post(API + "/posts/" + id + "/comments"), "{\"body\": \"Hej\"}"), cecilia).getStatus()).isEqualTo(404);
        assertThat(call(get(API + "/posts/" + id + "/comments"), cecilia).getStatus()).isEqualTo(404);
    }

    @Test
    void groupsJoinApproveChatAndOutsidersSeeNothing() throws Exception {
        MockHttpServletResponse created = call(json(post(API + "/groups"), "{\"name\": \"Grannsamverkan Åsen\", \"locked\": true}"), anna);
        assertThat(created.getStatus()).isEqualTo(201);
        long group = read(created).get("id").asLong();
        assertThat(call(json(post(API + "/groups"), "{\"name\": \"\"}"), anna).getStatus()).isEqualTo(422);
        String groupPost = "{\"body\": \"Bara för gruppen\", \"priority\": \"GREEN\", \"latitude\": 57.48, \"longitude\": 13.35, "
                + "\"visibility\": \"GROUP\", \"groupId\": " + group + "}";
        long postId = read(call(json(post(API + "/posts"), groupPost), anna)).get("id").asLong();
        assertThat(call(json(post(API + "/groups/" + group + "/chat"), "{\"body\": \"Välkomna\"}"), anna).getStatus()).isEqualTo(201);

        for (String path : new String[] {"/groups/" + group + "/members", "/groups/" + group + "/chat", "/posts/" + postId,
                "/posts?group=" + group, "/groups/" + group + "/requests", "/posts/" + postId + "/comments"}) {
            MockHttpServletResponse outsider = call(get(API + path), bo);
            assertThat(outsider.getStatus()).as(path).isEqualTo(404);
            assertThat(outsider.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Bara för gruppen", "Välkomna", "Anna");
        }
        assertThat(call(json(post(API + "/groups/" + group + "/chat"), "{\"body\": \"Hej\"}"), bo).getStatus()).isEqualTo(404);
        assertThat(read(call(get(API + "/posts"), bo)).size()).isZero();
        assertThat(call(get(API + "/groups/" + group), cecilia).getStatus()).isEqualTo(404);

        assertThat(read(call(post(API + "/groups/" + group + "/join"), bo)).get("status").asString()).isEqualTo("PENDING");
        assertThat(call(get(API + "/groups/" + group + "/chat"), bo).getStatus()).isEqualTo(404);
        assertThat(read(call(get(API + "/groups/" + group + "/requests"), anna)).get(0).get("displayName").asString()).isEqualTo("Bo Berg");
        assertThat(call(post(API + "/groups/" + group + "/requests/" + bo.id() + "/approve"), cecilia).getStatus()).isEqualTo(404);
        assertThat(call(post(API + "/groups/" + group + "/requests/" + bo.id() + "/approve"), anna).getStatus()).isEqualTo(204);
        assertThat(call(post(API + "/groups/" + group + "/requests/" + bo.id() + "/approve"), anna).getStatus()).isEqualTo(404);

        assertThat(read(call(get(API + "/groups/" + group + "/chat"), bo)).get(0).get("body").asString()).isEqualTo("Välkomna");
        assertThat(read(call(get(API + "/posts?group=" + group), bo)).size()).isEqualTo(1);
        assertThat(call(get(API + "/groups/" + group + "/requests"), bo).getStatus()).isEqualTo(403);
        MockMultipartHttpServletRequestBuilder withPhoto = multipart(API + "/groups/" + group + "/chat");
        withPhoto.file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", ReportPhotos.jpegWithGpsMarker()));
        withPhoto.param("body", "Titta här");
        MockHttpServletResponse sent = call(withPhoto, bo);
        assertThat(sent.getStatus()).isEqualTo(201);
        assertThat(read(sent).get("hasPhoto").asBoolean()).isTrue();
        assertThat(call(json(post(API + "/groups/" + group + "/chat"), "{\"body\": \"\"}"), bo).getStatus()).isEqualTo(422);

        assertThat(read(call(get(API + "/groups/" + group + "/members"), bo)).size()).isEqualTo(2);
        assertThat(call(post(API + "/groups/" + group + "/members/" + bo.id() + "/admin"), anna).getStatus()).isEqualTo(204);
        assertThat(call(delete(API + "/groups/" + group + "/members/" + anna.id()), bo).getStatus()).isEqualTo(204);
        assertThat(call(get(API + "/groups/" + group + "/chat"), anna).getStatus()).isEqualTo(404);
        assertThat(call(post(API + "/groups/" + group + "/leave"), bo).getStatus()).isEqualTo(204);
        assertThat(read(call(get(API + "/groups"), bo)).get(0).get("myStatus")).isNull();

        long open = read(call(json(post(API + "/groups"), "{\"name\": \"Öppen grupp\"}"), anna)).get("id").asLong();
        assertThat(read(call(post(API + "/groups/" + open + "/join"), bo)).get("status").asString()).isEqualTo("MEMBER");
        assertThat(call(post(API + "/groups/" + open + "/requests/" + anna.id() + "/decline"), anna).getStatus()).isEqualTo(404);
    }

    @Test
    void myDataIsExportedAndTheAccountDeleted() throws Exception {
        call(json(post(API + "/posts"), POST_JSON), anna);
        JsonNode export = read(call(get(API + "/me/export"), anna));
        assertThat(export.get("account").get("email").asString()).isEqualTo(anna.email());
        assertThat(export.get("posts").size()).isEqualTo(1);
        assertThat(export.get("consents").get(0).get("kind").asString()).isEqualTo("CODE_OF_CONDUCT");
        assertThat(call(delete(API + "/me?content=MAYBE"), anna).getStatus()).isEqualTo(422);
        assertThat(call(delete(API + "/me?content=KEEP"), anna).getStatus()).isEqualTo(204);
        assertThat(call(get(API + "/posts"), anna).getStatus()).isEqualTo(401);
        assertThat(read(call(get(API + "/posts"), bo)).get(0).get("authorName").asString()).isEqualTo("Borttagen användare");

        Fixtures.Person staff = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Polisen", "POLICE"), Role.REPORTER);
        community.join(staff.id(), Fixtures.TRANEMO, MemberKind.STAFF);
        assertThat(call(delete(API + "/me?content=REMOVE"), staff).getStatus()).isEqualTo(403);
    }

    @Test
    void thePublicGeoJsonNeedsNoTokenAndHoldsOnlyPublicPosts() throws Exception {
        long group = community.group(Fixtures.TRANEMO, "Grupp", false, anna.id());
        community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.RED, "Offentligt", 57.48, 13.35);
        community.post(Fixtures.TRANEMO, anna.id(), Visibility.GROUP, group, Priority.RED, "Gruppens", 57.48, 13.35);
        long removed = community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.RED, "Borttaget", 57.48, 13.35);
        jdbc.sql("UPDATE community_post SET removed_at = now() WHERE id = :id").param("id", removed).update();
        TestHttp.Reply reply = new TestHttp(baseUrl()).get(API + "/public/" + Fixtures.TRANEMO + "/posts");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Offentligt", "FeatureCollection").doesNotContain("Gruppens", "Borttaget", "Anna");
        assertThat(new TestHttp(baseUrl()).get(API + "/public/" + Fixtures.BORAS + "/posts").body()).doesNotContain("Offentligt");
        assertThat(new TestHttp(baseUrl()).get(API + "/public/0000/posts").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheCommunityApi() {
        TestHttp.Reply docs = new TestHttp(baseUrl()).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        for (String path : new String[] {"/posts", "/posts/{id}", "/posts/{id}/photo", "/posts/{id}/comments", "/groups",
                "/groups/{id}/join", "/groups/{id}/requests/{userId}/approve", "/groups/{id}/chat", "/me/export", "/me",
                "/public/{code}/posts"}) {
            assertThat(paths.has(API + path)).as(path).isTrue();
        }
        assertThat(paths.get(API + "/posts").get("get").toString()).as("the member is not an input")
                .doesNotContain("\"userId\"", "municipalityCode", "platformRoles");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse call(B request, Fixtures.Person person)
            throws Exception {
        request.accept(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/problem+json"));
        if (person != null) {
            request.header("Authorization", "Bearer " + person.token());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode read(MockHttpServletResponse response) throws Exception {
        return TestHttp.JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
