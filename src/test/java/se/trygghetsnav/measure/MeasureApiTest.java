package se.trygghetsnav.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.measure.MeasureFixtures.BORAS;
import static se.trygghetsnav.measure.MeasureFixtures.TIDAHOLM;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

/** The measures API as a program uses it: personal access tokens, JSON, problem details. */
class MeasureApiTest extends IntegrationTest {

    private static final String MEASURES = "/api/v1/measures";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    private AccessTokens accessTokens;

    @Autowired
    private MeasureService service;

    private long organisation;
    private long borasOrganisation;
    private long centre;
    private long station;
    private long borasArea;
    private MeasureHttp coordinator;
    private MeasureHttp analyst;
    private MeasureHttp manager;
    private MeasureHttp reporter;
    private MeasureHttp borasCoordinator;

    @BeforeEach
    void people() {
        MeasureFixtures data = new MeasureFixtures(jdbc);
        organisation = data.organisation(TIDAHOLM, "Samhällsbyggnadsförvaltningen");
        borasOrganisation = data.organisation(BORAS, "Borås Stad, Tekniska förvaltningen");
        centre = data.area(TIDAHOLM, "Centrum", 58.18, 13.95);
        station = data.area(TIDAHOLM, "Resecentrum", 58.19, 13.96);
        borasArea = data.area(BORAS, "Norrby", 57.73, 12.93);
        coordinator = client(data.person("Cora Samordnare", organisation, TIDAHOLM, Role.COORDINATOR));
        analyst = client(data.person("Ana Analytiker", organisation, TIDAHOLM, Role.ANALYST));
        manager = client(data.person("Mats Chef", organisation, TIDAHOLM, Role.MANAGER));
        reporter = client(data.person("Rut Rapportör", organisation, TIDAHOLM, Role.REPORTER));
        borasCoordinator = client(data.person("Bo Borås", borasOrganisation, BORAS, Role.COORDINATOR));
    }

    @Test
    void proposingAnswers201WithTheAddressAndTheMeasure() {
        long vandalism = new MeasureFixtures(jdbc).category(TIDAHOLM, "VANDALISM");
        Map<String, Object> body = measure("Bättre belysning i Storgatsparken");
        body.put("description", "Byt armaturer och beskär buskar");
        body.put("problem", "Skadegörelse kvällstid vid lekplatsen");
        body.put("areaId", centre);
        body.put("ownerOrganisationId", organisation);
        body.put("ownerPerson", "Enhetschef park");
        body.put("startDate", TODAY.toString());
        body.put("dueDate", TODAY.plusDays(30).toString());
        body.put("categoryIds", List.of(vandalism));

        TestHttp.Reply created = coordinator.post(MEASURES, TestHttp.json(body));

        assertThat(created.status()).isEqualTo(201);
        JsonNode measure = created.json();
        long id = measure.get("id").asLong();
        assertThat(created.header("Location")).isEqualTo(MEASURES + "/" + id);
        assertThat(measure.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(measure.get("municipalityCode").asString()).isEqualTo(TIDAHOLM);
        assertThat(measure.get("areaName").asString()).isEqualTo("Centrum");
        assertThat(measure.get("ownerOrganisationName").asString()).isEqualTo("Samhällsbyggnadsförvaltningen");
        assertThat(measure.get("dueDate").asString()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(measure.get("categoryIds").get(0).asLong()).isEqualTo(vandalism);

        TestHttp.Reply fetched = analyst.get(created.header("Location"));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("title").asString()).isEqualTo("Bättre belysning i Storgatsparken");
        assertThat(fetched.json().get("problem").asString()).isEqualTo("Skadegörelse kvällstid vid lekplatsen");

        JsonNode events = coordinator.get(MEASURES + "/" + id + "/events").json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("status").asString()).isEqualTo("PROPOSED");
        assertThat(events.get(0).get("authorName").asString()).isEqualTo("Cora Samordnare");
    }

    @Test
    void theListPutsOverdueFirstThenByDueDateAndFilters() {
        long later = propose(coordinator, "Senare", Map.of("dueDate", TODAY.plusDays(10).toString(), "areaId", station));
        long overdue = propose(coordinator, "Försenad", Map.of("dueDate", TODAY.minusDays(5).toString(), "areaId", centre));
        long noDate = propose(analyst, "Utan datum", Map.of());
        long doneLongAgo = propose(coordinator, "Klar sedan länge", Map.of("dueDate", TODAY.minusDays(20).toString(), "areaId", centre));
        assertThat(status(coordinator, doneLongAgo, "DECIDED").status()).isEqualTo(200);
        assertThat(status(coordinator, doneLongAgo, "DONE").status()).isEqualTo(200);

        assertThat(ids(coordinator.get(MEASURES))).containsExactly(overdue, doneLongAgo, later, noDate);
        assertThat(ids(reporter.get(MEASURES + "?overdue=true"))).containsExactly(overdue);
        assertThat(ids(manager.get(MEASURES + "?status=DONE"))).containsExactly(doneLongAgo);
        assertThat(ids(manager.get(MEASURES + "?status=PROPOSED&area=" + centre))).containsExactly(overdue);
        assertThat(ids(manager.get(MEASURES + "?area=" + borasArea))).isEmpty();
        assertThat(manager.get(MEASURES + "?status=FINNS_INTE").status()).isEqualTo(400);
    }

    @Test
    void statusMovesAlongTheWorkflowAndRefusesWhatItMayNot() {
        long id = propose(coordinator, "Fler vuxna ute kvällstid", Map.of());

        TestHttp.Reply skipped = status(coordinator, id, "IN_PROGRESS");
        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errorFields(skipped)).containsExactly("status");

        assertThat(status(coordinator, id, "DECIDED").json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(status(analyst, id, "IN_PROGRESS").json().get("status").asString()).isEqualTo("IN_PROGRESS");
        TestHttp.Reply done = coordinator.post(MEASURES + "/" + id + "/status",
                TestHttp.json(Map.of("status", "DONE", "note", "Nattvandrare varje fredag sedan mars")));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");

        TestHttp.Reply backAgain = status(coordinator, id, "IN_PROGRESS");
        assertThat(backAgain.status()).isEqualTo(422);
        assertThat(backAgain.json().get("errors").get(0).get("message").asString())
                .isEqualTo("En genomförd åtgärd kan inte ändras till pågår");
        assertThat(status(coordinator, id, "CANCELLED").status()).isEqualTo(422);

        JsonNode events = coordinator.get(MEASURES + "/" + id + "/events").json();
        assertThat(events).hasSize(4);
        assertThat(events.get(3).get("status").asString()).isEqualTo("DONE");
        assertThat(events.get(3).get("note").asString()).isEqualTo("Nattvandrare varje fredag sedan mars");

        assertThat(coordinator.post(MEASURES + "/" + id + "/status", "{\"note\":\"ingen status\"}").status()).isEqualTo(422);
        assertThat(coordinator.post(MEASURES + "/" + id + "/status", "{\"status\":\"KLAR\"}").status()).isEqualTo(400);
    }

    @Test
    void decidingTakesAManagerOrTheCoordinator() {
        long id = propose(analyst, "Kameraövervakning vid resecentrum", Map.of());

        assertThat(status(analyst, id, "DECIDED").status()).isEqualTo(403);
        assertThat(status(reporter, id, "DECIDED").status()).isEqualTo(403);
        assertThat(coordinator.get(MEASURES + "/" + id).json().get("status").asString()).isEqualTo("PROPOSED");

        TestHttp.Reply decided = status(manager, id, "DECIDED");
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("DECIDED");

        assertThat(status(manager, id, "IN_PROGRESS").status()).isEqualTo(403);
        assertThat(status(analyst, id, "IN_PROGRESS").status()).isEqualTo(200);
    }

    @Test
    void onlyCoordinatorsAndAnalystsProposeAndOnlyCoordinatorsEdit() {
        assertThat(reporter.post(MEASURES, TestHttp.json(measure("Rapportörens förslag"))).status()).isEqualTo(403);
        assertThat(manager.post(MEASURES, TestHttp.json(measure("Chefens förslag"))).status()).isEqualTo(403);
        long id = propose(analyst, "Analytikerns förslag", Map.of());

        Map<String, Object> edited = measure("Analytikerns förslag, omarbetat");
        edited.put("areaId", station);
        assertThat(analyst.put(MEASURES + "/" + id, TestHttp.json(edited)).status()).isEqualTo(403);
        TestHttp.Reply updated = coordinator.put(MEASURES + "/" + id, TestHttp.json(edited));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("title").asString()).isEqualTo("Analytikerns förslag, omarbetat");
        assertThat(updated.json().get("areaName").asString()).isEqualTo("Resecentrum");
        assertThat(updated.json().get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void invalidInputIs422NamingEachField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", " ");
        body.put("startDate", TODAY.toString());
        body.put("dueDate", TODAY.minusDays(1).toString());
        body.put("description", "x".repeat(4001));
        TestHttp.Reply invalid = coordinator.post(MEASURES, TestHttp.json(body));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("title", "dueDateNotBeforeStart", "description");

        Map<String, Object> elsewhere = measure("Åtgärd med Borås uppgifter");
        elsewhere.put("areaId", borasArea);
        elsewhere.put("ownerOrganisationId", borasOrganisation);
        elsewhere.put("categoryIds", List.of(new MeasureFixtures(jdbc).category(BORAS, "GRAFFITI")));
        TestHttp.Reply foreign = coordinator.post(MEASURES, TestHttp.json(elsewhere));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(errorFields(foreign)).containsExactlyInAnyOrder("areaId", "ownerOrganisationId", "categoryIds");

        Map<String, Object> unknown = measure("Åtgärd med okänt område");
        unknown.put("areaId", 999_999_999L);
        assertThat(errorFields(coordinator.post(MEASURES, TestHttp.json(unknown)))).containsExactly("areaId");

        assertThat(coordinator.post(MEASURES, "{inte json").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM measure").query(Long.class).single()).isZero();
    }

    @Test
    void anotherMunicipalityNeitherSeesNorChangesTheMeasure() {
        long id = propose(coordinator, "Trygghetsvandring i Centrum", Map.of("areaId", centre));

        TestHttp.Reply notHers = borasCoordinator.get(MEASURES + "/" + id);
        assertThat(notHers.status()).isEqualTo(404);
        assertThat(notHers.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notHers.body()).doesNotContain("Trygghetsvandring");
        assertThat(ids(borasCoordinator.get(MEASURES))).isEmpty();
        assertThat(status(borasCoordinator, id, "DECIDED").status()).isEqualTo(404);
        assertThat(borasCoordinator.get(MEASURES + "/" + id + "/events").status()).isEqualTo(404);
        assertThat(borasCoordinator.put(MEASURES + "/" + id, TestHttp.json(measure("Kapad"))).status()).isEqualTo(404);
        assertThat(borasCoordinator.post(MEASURES + "/" + id + "/follow-ups", "{\"note\":\"hej\"}").status()).isEqualTo(404);
        assertThat(coordinator.get(MEASURES + "/" + id).json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(coordinator.get(MEASURES + "/999999999").status()).isEqualTo(404);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401() {
        assertThat(new MeasureHttp(baseUrl(), null).get(MEASURES).status()).isEqualTo(401);
        assertThat(new MeasureHttp(baseUrl(), null).post(MEASURES, TestHttp.json(measure("Anonym"))).status()).isEqualTo(401);
        assertThat(new MeasureHttp(baseUrl(), "tnpat_finns-inte").get(MEASURES).status()).isEqualTo(401);
    }

    @Test
    void followUpsAddToTheHistoryWithTheCurrentStatus() {
        long id = propose(coordinator, "Klotterplank vid skolan", Map.of());
        status(manager, id, "DECIDED");

        TestHttp.Reply followUp = manager.post(MEASURES + "/" + id + "/follow-ups",
                TestHttp.json(Map.of("note", "Planket är på plats, klottret har minskat")));
        assertThat(followUp.status()).isEqualTo(200);
        JsonNode events = followUp.json();
        assertThat(events).hasSize(3);
        assertThat(events.get(2).get("status").asString()).isEqualTo("DECIDED");
        assertThat(events.get(2).get("authorName").asString()).isEqualTo("Mats Chef");

        assertThat(errorFields(manager.post(MEASURES + "/" + id + "/follow-ups", "{\"note\":\"  \"}"))).containsExactly("note");
        assertThat(reporter.post(MEASURES + "/" + id + "/follow-ups", "{\"note\":\"Jag såg det\"}").status()).isEqualTo(403);
    }

    @Test
    void measuresProposedInAWeeksLagesbildAreFoundByTheWeek() {
        LocalDate wednesday = LocalDate.of(2026, 3, 18);
        TestHttp.Reply created = coordinator.post(MEASURES + "?proposedInWeek=" + wednesday, TestHttp.json(measure("Från veckans lägesbild")));
        assertThat(created.json().get("proposedInWeek").asString()).isEqualTo("2026-03-16");
        propose(coordinator, "Utan vecka", Map.of());

        assertThat(service.proposedInWeek(TIDAHOLM, LocalDate.of(2026, 3, 16))).extracting(Measure::title)
                .containsExactly("Från veckans lägesbild");
        assertThat(service.proposedInWeek(TIDAHOLM, LocalDate.of(2026, 3, 9))).isEmpty();
        assertThat(service.proposedInWeek(BORAS, LocalDate.of(2026, 3, 16))).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheRequestBody() {
        TestHttp.Reply docs = new TestHttp(baseUrl()).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has(MEASURES)).isTrue();
        assertThat(paths.has(MEASURES + "/{id}/status")).isTrue();
        JsonNode form = docs.json().get("components").get("schemas").get("MeasureForm").get("properties");
        assertThat(form.has("title")).isTrue();
        assertThat(form.has("dueDateNotBeforeStart")).as("a validation rule is not an input").isFalse();
    }

    private MeasureHttp client(MeasureFixtures.Person person) {
        return new MeasureHttp(baseUrl(), accessTokens.create(person.id(), "test"));
    }

    private static Map<String, Object> measure(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        return body;
    }

    private static long propose(MeasureHttp who, String title, Map<String, Object> more) {
        Map<String, Object> body = measure(title);
        body.putAll(more);
        TestHttp.Reply created = who.post(MEASURES, TestHttp.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static TestHttp.Reply status(MeasureHttp who, long id, String status) {
        return who.post(MEASURES + "/" + id + "/status", TestHttp.json(Map.of("status", status)));
    }

    private static List<Long> ids(TestHttp.Reply list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().forEach(measure -> ids.add(measure.get("id").asLong()));
        return ids;
    }

    private static List<String> errorFields(TestHttp.Reply problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
