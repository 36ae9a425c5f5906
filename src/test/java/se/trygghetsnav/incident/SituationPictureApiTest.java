package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.TestHttpAuth;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.account.Membership;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureForm;
import se.trygghetsnav.measure.MeasureService;
import se.trygghetsnav.measure.MeasureStatus;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

/**
 * The period lägesbild and its action plan through the JSON API and the downloads: the mapping
 * counted from reports inserted with known times, problems with SMART goals, measures linked to
 * them, and what another municipality and a reporter get.
 */
class SituationPictureApiTest extends IntegrationTest {

    private static final String PICTURES = "/api/v1/pictures";

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired SituationPictureService pictures;
    @Autowired MeasureService measures;

    private Fixtures fixtures;
    private long safety;
    private Fixtures.Person coordinator;
    private Fixtures.Person analyst;
    private Fixtures.Person manager;
    private Fixtures.Person reporter;
    private Fixtures.Person borasCoordinator;
    private long centrum;
    private long limmared;
    private long vandalism;
    private long graffiti;

    @BeforeEach
    void municipalities() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        safety = fixtures.organisation(Fixtures.TRANEMO, "Trygghet och säkerhet", "MUNICIPAL_DEPARTMENT");
        long housing = fixtures.organisation(Fixtures.TRANEMO, "Tranemo Bostäder", "HOUSING_COMPANY");
        coordinator = fixtures.person(Fixtures.TRANEMO, safety, Role.COORDINATOR);
        analyst = fixtures.person(Fixtures.TRANEMO, safety, Role.ANALYST);
        manager = fixtures.person(Fixtures.TRANEMO, safety, Role.MANAGER);
        reporter = fixtures.person(Fixtures.TRANEMO, housing, Role.REPORTER);
        long boras = fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT");
        borasCoordinator = fixtures.person(Fixtures.BORAS, boras, Role.COORDINATOR);
        centrum = fixtures.area(Fixtures.TRANEMO, "Centrum", 57.4850, 13.3510);
        limmared = fixtures.area(Fixtures.TRANEMO, "Limmared", 57.5370, 13.3560);
        vandalism = fixtures.category(Fixtures.TRANEMO, "VANDALISM");
        graffiti = fixtures.category(Fixtures.TRANEMO, "GRAFFITI");

        // five reports in 2025 (Swedish time), three on Friday evenings between 22 and 23
        report(vandalism, centrum, "2025-01-01T00:30:00+01:00", "YES"); // still 2024 in UTC
        report(vandalism, centrum, "2025-01-17T22:15:00+01:00", "NO");
        report(vandalism, limmared, "2025-03-14T22:40:00+01:00", "YES");
        report(graffiti, null, "2025-03-15T10:00:00+01:00", "DONT_KNOW");
        report(graffiti, centrum, "2025-07-04T22:05:00+02:00", "YES");
        // outside the period, and another municipality's
        report(vandalism, centrum, "2024-12-31T23:30:00+01:00", "YES");
        report(vandalism, centrum, "2026-01-01T00:10:00+01:00", "YES");
        jdbc.sql("""
                        INSERT INTO incident_report (municipality_code, category_id, occurred_from, description, source)
                        VALUES (:m, :c, CAST('2025-05-05T12:00:00+02:00' AS timestamptz), 'Borås', 'IMPORT')
                        """)
                .param("m", Fixtures.BORAS).param("c", fixtures.category(Fixtures.BORAS, "VANDALISM")).update();
    }

    @Test
    void aCoordinatorCreatesAPictureWhoseMappingCountsThePeriodsReports() {
        TestHttp.Reply created = as(coordinator).postJson(PICTURES, TestHttp.json(Map.of(
                "title", "Lägesbild 2025", "from", "2025-01-01", "to", "2025-12-31")));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("picture").get("id").asLong();
        assertThat(created.header("Location")).isEqualTo(PICTURES + "/" + id);

        JsonNode document = as(analyst).get(PICTURES + "/" + id).json();
        assertThat(document.get("picture").get("title").asString()).isEqualTo("Lägesbild 2025");
        assertThat(document.get("picture").get("from").asString()).isEqualTo("2025-01-01");
        assertThat(document.get("picture").get("to").asString()).isEqualTo("2025-12-31");
        assertThat(document.get("picture").get("municipalityCode").asString()).isEqualTo(Fixtures.TRANEMO);
        JsonNode mapping = document.get("mapping");
        assertThat(mapping.get("total").asLong()).isEqualTo(5);
        assertThat(counts(mapping.get("categories"), "name")).containsExactly(Map.entry("Skadegörelse", 3L), Map.entry("Klotter", 2L));
        assertThat(counts(mapping.get("areas"), "name")).containsExactly(Map.entry("Centrum", 3L), Map.entry("Limmared", 1L));
        assertThat(mapping.get("withoutArea").asLong()).isEqualTo(1);
        assertThat(mapping.get("months")).hasSize(12);
        Map<String, Long> months = counts(mapping.get("months"), "month");
        assertThat(months).containsEntry("2025-01", 2L).containsEntry("2025-03", 2L).containsEntry("2025-07", 1L)
                .containsEntry("2025-12", 0L);
        assertThat(months.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
        JsonNode police = mapping.get("police");
        assertThat(police.get("yes").asLong()).isEqualTo(3);
        assertThat(police.get("no").asLong()).isEqualTo(1);
        assertThat(police.get("dontKnow").asLong()).isEqualTo(1);
        assertThat(police.get("percentReported").asDouble()).isEqualTo(60.0);
        assertThat(mapping.get("busiestWeekday").asInt()).isEqualTo(5);
        assertThat(mapping.get("busiestHour").asInt()).isEqualTo(22);
        assertThat(mapping.get("weekdays").get(2).get("count").asLong()).as("Wednesday 1 January").isEqualTo(1);

        JsonNode list = as(manager).get(PICTURES).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("title").asString()).isEqualTo("Lägesbild 2025");
    }

    @Test
    void invalidPeriodsAre422NamingEachField() {
        TestHttp.Reply empty = as(coordinator).postJson(PICTURES, "{}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(empty)).containsExactly("title", "from", "to");
        assertThat(empty.json().get("errors").get(0).get("message").asString()).isEqualTo("Skriv en rubrik.");

        TestHttp.Reply backwards = as(coordinator).postJson(PICTURES, TestHttp.json(Map.of(
                "title", "Baklänges", "from", "2025-12-31", "to", "2025-01-01")));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(fields(backwards)).containsExactly("to");

        TestHttp.Reply tooLong = as(coordinator).postJson(PICTURES, TestHttp.json(Map.of(
                "title", "Sex år", "from", "2020-01-01", "to", "2025-12-31")));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(fields(tooLong)).containsExactly("to");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).contains("fem år");

        TestHttp.Reply malformed = as(coordinator).postJson(PICTURES, TestHttp.json(Map.of("from", "igår", "to", "2025-12-31")));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(fields(malformed)).containsExactlyInAnyOrder("from", "title");
        assertThat(jdbc.sql("SELECT count(*) FROM situation_picture").query(Long.class).single()).isZero();
    }

    @Test
    void theActionPlanTracesEveryMeasureToAProblemAndShowsProblemsWithoutOne() {
        Actor cora = actor(coordinator, Role.COORDINATOR);
        SituationPicture picture = pictures.create(cora, "Lägesbild 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        LocalDate today = measures.today();
        SituationPictureProblem evenings = pictures.addProblem(cora, picture.id(), new SituationPictureProblemForm(
                "Skadegörelse i centrum kvällstid", "Tre av fem rapporter gäller fredagskvällar i centrum.",
                "Vanligast och ökar", centrum, vandalism, "Minska skadegörelsen i centrum",
                "Antal rapporter om skadegörelse per kvartal, från 3 till 1", "Belysning och väktare ryms i budgeten",
                "Skadegörelsen skapar otrygghet", LocalDate.of(2026, 12, 31), null));
        SituationPictureProblem station = pictures.addProblem(cora, picture.id(), new SituationPictureProblemForm(
                "Klotter vid stationen", "Två rapporter om klotter.", "", null, graffiti, "Minska klottret", "", "", "", null, null));
        assertThat(evenings.priority()).isEqualTo(1);
        assertThat(station.priority()).isEqualTo(2);
        assertThat(evenings.goal().complete()).isTrue();
        assertThat(station.goal().missing()).containsExactly("measurable", "achievable", "relevant", "timeBound");

        Measure lighting = measures.propose(cora, new MeasureForm("Belysning i Storgatsparken", "Nya armaturer", "", centrum, safety,
                "Enhetschef park", null, today.plusDays(30), List.of()), null);
        measures.changeStatus(cora, lighting.id(), MeasureStatus.DECIDED, "");
        measures.addFollowUp(cora, lighting.id(), "Armaturerna är beställda.");
        Measure cleaning = measures.propose(cora, new MeasureForm("Klottersanering inom 24 timmar", "", "", null, null, "Fastighetsjouren",
                null, today.minusDays(5), List.of()), null);
        measures.changeStatus(cora, cleaning.id(), MeasureStatus.DECIDED, "");
        measures.propose(cora, new MeasureForm("Inte kopplad", "", "", null, null, "", null, null, List.of()), null);

        pictures.linkMeasure(cora, picture.id(), evenings.id(), lighting.id());
        pictures.linkMeasure(cora, picture.id(), evenings.id(), lighting.id()); // twice changes nothing
        Measure guards = pictures.proposeMeasure(cora, picture.id(), evenings.id(), new MeasureForm("Väktare fredagskvällar", "",
                "", null, null, "Säkerhetssamordnare", null, null, List.of()));
        assertThat(guards.areaId()).isEqualTo(centrum);
        assertThat(guards.categoryIds()).containsExactly(vandalism);
        assertThat(guards.problem()).startsWith("Skadegörelse i centrum kvällstid: Tre av fem");
        pictures.linkMeasure(cora, picture.id(), evenings.id(), cleaning.id());
        pictures.unlinkMeasure(cora, picture.id(), evenings.id(), cleaning.id());
        pictures.linkMeasure(cora, picture.id(), station.id(), cleaning.id());
        pictures.unlinkMeasure(cora, picture.id(), station.id(), cleaning.id());

        Actor bo = actor(borasCoordinator, Role.COORDINATOR);
        Measure borasMeasure = measures.propose(bo, new MeasureForm("Borås åtgärd", "", "", null, null, "", null, null, List.of()), null);
        assertThatThrownBy(() -> pictures.linkMeasure(cora, picture.id(), station.id(), borasMeasure.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pictures.linkMeasure(bo, picture.id(), station.id(), borasMeasure.id()))
                .isInstanceOf(NotFoundException.class);

        JsonNode problems = as(coordinator).get(PICTURES + "/" + picture.id()).json().get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).get("title").asString()).isEqualTo("Skadegörelse i centrum kvällstid");
        assertThat(problems.get(0).get("areaName").asString()).isEqualTo("Centrum");
        assertThat(problems.get(0).get("categoryName").asString()).isEqualTo("Skadegörelse");
        assertThat(problems.get(0).get("goal").get("complete").asBoolean()).isTrue();
        assertThat(problems.get(0).get("goal").get("timeBound").asString()).isEqualTo("2026-12-31");
        assertThat(problems.get(0).get("measureIds")).extracting(JsonNode::asLong).containsExactly(lighting.id(), guards.id());
        assertThat(problems.get(1).get("goal").get("complete").asBoolean()).isFalse();
        assertThat(problems.get(1).get("goal").get("missing")).extracting(JsonNode::asString).contains("measurable", "timeBound");

        TestHttp.Reply planReply = as(manager).get(PICTURES + "/" + picture.id() + "/action-plan");
        assertThat(planReply.status()).isEqualTo(200);
        JsonNode plan = planReply.json();
        assertThat(plan.get("problemsWithoutMeasures").asLong()).isEqualTo(1);
        assertThat(plan.get("measureCount").asLong()).isEqualTo(2);
        JsonNode first = plan.get("items").get(0);
        assertThat(first.get("problem").get("title").asString()).isEqualTo("Skadegörelse i centrum kvällstid");
        assertThat(first.get("hasMeasures").asBoolean()).isTrue();
        JsonNode lit = first.get("measures").get(0);
        assertThat(lit.get("measure").get("title").asString()).isEqualTo("Belysning i Storgatsparken");
        assertThat(lit.get("measure").get("ownerOrganisationName").asString()).isEqualTo("Trygghet och säkerhet");
        assertThat(lit.get("measure").get("ownerPerson").asString()).isEqualTo("Enhetschef park");
        assertThat(lit.get("measure").get("dueDate").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(lit.get("measure").get("status").asString()).isEqualTo("DECIDED");
        assertThat(lit.get("overdue").asBoolean()).isFalse();
        assertThat(lit.get("latestFollowUp").get("note").asString()).isEqualTo("Armaturerna är beställda.");
        assertThat(first.get("measures").get(1).get("measure").get("title").asString()).isEqualTo("Väktare fredagskvällar");
        assertThat(first.get("measures").get(1).has("latestFollowUp")).isFalse();
        JsonNode second = plan.get("items").get(1);
        assertThat(second.get("problem").get("title").asString()).isEqualTo("Klotter vid stationen");
        assertThat(second.get("hasMeasures").asBoolean()).isFalse();
        assertThat(second.get("measures")).isEmpty();

        // an overdue measure is flagged in the plan
        pictures.linkMeasure(cora, picture.id(), station.id(), cleaning.id());
        JsonNode overdue = as(coordinator).get(PICTURES + "/" + picture.id() + "/action-plan").json();
        assertThat(overdue.get("items").get(1).get("measures").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("overdueCount").asLong()).isEqualTo(1);
        assertThat(overdue.get("problemsWithoutMeasures").asLong()).isZero();

        // removing a problem keeps its measures
        pictures.removeProblem(cora, picture.id(), station.id());
        assertThat(measures.get(cora, cleaning.id()).title()).isEqualTo("Klottersanering inom 24 timmar");
        assertThat(pictures.actionPlan(cora, picture.id()).items()).hasSize(1);
    }

    @Test
    void theDownloadsAreAPdfOfEachDocumentAndAWorkbookWithThreeSheets() throws Exception {
        Actor cora = actor(coordinator, Role.COORDINATOR);
        SituationPicture picture = pictures.create(cora, "Lägesbild 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        pictures.updateTexts(cora, picture.id(), new SituationPictureTexts("Polisens statistik visar samma mönster.", null,
                "Skadegörelsen hänger ihop med helgkvällar.", "Störst och ökar.", "Händelserapporter, polisens statistik", "", ""));
        SituationPictureProblem problem = pictures.addProblem(cora, picture.id(), new SituationPictureProblemForm(
                "Skadegörelse i centrum", "Tre rapporter", "Störst", centrum, vandalism, "Minska", "Antal", "Ja", "Ja",
                LocalDate.of(2026, 6, 30), null));
        pictures.addProblem(cora, picture.id(), new SituationPictureProblemForm("Klotter", "", "", null, null, "", "", "", "", null, null));
        pictures.proposeMeasure(cora, picture.id(), problem.id(), new MeasureForm("Belysning i Storgatsparken", "", "", null, safety,
                "Enhetschef park", null, LocalDate.of(2026, 3, 31), List.of()));
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);

        MvcResult pdf = mvc.perform(get("/lagesbild/perioder/" + picture.id() + ".pdf").with(asCoordinator)).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("attachment", "lagesbild-" + picture.id() + ".pdf");
        byte[] pictureBytes = pdf.getResponse().getContentAsByteArray();
        assertThat(new String(pictureBytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pictureBytes.length).isGreaterThan(2000);

        MvcResult planPdf = mvc.perform(get("/lagesbild/perioder/" + picture.id() + "/atgardsplan.pdf").with(asCoordinator)).andReturn();
        assertThat(planPdf.getResponse().getStatus()).isEqualTo(200);
        byte[] planBytes = planPdf.getResponse().getContentAsByteArray();
        assertThat(new String(planBytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(planBytes.length).isGreaterThan(1500);

        MvcResult xlsx = mvc.perform(get("/lagesbild/perioder/" + picture.id() + ".xlsx").with(asCoordinator)).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] workbook = xlsx.getResponse().getContentAsByteArray();
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        Map<String, String> entries = unzip(workbook);
        assertThat(entries.get("xl/workbook.xml")).contains("name=\"Kartläggning\"", "name=\"Problem\"", "name=\"Åtgärdsplan\"");
        String strings = entries.getOrDefault("xl/sharedStrings.xml", "") + String.join("", entries.values());
        assertThat(strings).contains("Skadegörelse", "Centrum", "Skadegörelse i centrum", "Belysning i Storgatsparken",
                "Enhetschef park", "Ingen åtgärd kopplad");
    }

    @Test
    void anotherMunicipalityGetsNotFoundEverywhereAndAReporterIsRefused() throws Exception {
        Actor cora = actor(coordinator, Role.COORDINATOR);
        SituationPicture picture = pictures.create(cora, "Tranemos lägesbild", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        SituationPictureProblem problem = pictures.addProblem(cora, picture.id(), new SituationPictureProblemForm(
                "Skadegörelse i centrum", "", "", centrum, null, "", "", "", "", null, null));
        long id = picture.id();

        TestHttpAuth boras = as(borasCoordinator);
        assertThat(boras.get(PICTURES).json()).isEmpty();
        for (String path : List.of(PICTURES + "/" + id, PICTURES + "/" + id + "/action-plan")) {
            TestHttp.Reply reply = boras.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.body()).as(path).doesNotContain("Tranemos lägesbild", "Centrum");
        }
        RequestPostProcessor asBoras = fixtures.loggedIn(borasCoordinator);
        String page = "/lagesbild/perioder/" + id;
        for (String path : List.of(page, page + "/atgardsplan", page + ".pdf", page + "/atgardsplan.pdf", page + ".xlsx",
                page + "/problem/nytt", page + "/problem/" + problem.id(), page + "/problem/" + problem.id() + "/ny-atgard")) {
            MvcResult result = mvc.perform(get(path).with(asBoras)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("Tranemos lägesbild");
        }
        String list = mvc.perform(get("/lagesbild/perioder").with(asBoras)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("Tranemos lägesbild");
        Actor bo = actor(borasCoordinator, Role.COORDINATOR);
        assertThatThrownBy(() -> pictures.updateTexts(bo, id, new SituationPictureTexts(null, null, "Intrång", null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pictures.removeProblem(bo, id, problem.id())).isInstanceOf(NotFoundException.class);

        TestHttpAuth rut = as(reporter);
        assertThat(rut.get(PICTURES).status()).isEqualTo(403);
        assertThat(rut.get(PICTURES + "/" + id).status()).isEqualTo(403);
        assertThat(rut.get(PICTURES + "/" + id + "/action-plan").status()).isEqualTo(403);
        assertThat(rut.postJson(PICTURES, TestHttp.json(Map.of("title", "x", "from", "2025-01-01", "to", "2025-01-31"))).status())
                .isEqualTo(403);
        assertThat(as(analyst).postJson(PICTURES, TestHttp.json(Map.of("title", "x", "from", "2025-01-01", "to", "2025-01-31"))).status())
                .as("only the coordinator creates").isEqualTo(403);
        RequestPostProcessor asReporter = fixtures.loggedIn(reporter);
        for (String path : List.of("/lagesbild/perioder", page, page + "/atgardsplan", page + ".pdf", page + ".xlsx")) {
            assertThat(mvc.perform(get(path).with(asReporter)).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
        }
        assertThat(as(null).get(PICTURES).status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesThePictureEndpoints() {
        TestHttp.Reply docs = new TestHttp(baseUrl()).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has(PICTURES)).isTrue();
        assertThat(paths.has(PICTURES + "/{id}")).isTrue();
        assertThat(paths.has(PICTURES + "/{id}/action-plan")).isTrue();
        JsonNode request = docs.json().get("components").get("schemas").get("CreateRequest").get("properties");
        assertThat(request.has("title")).isTrue();
        assertThat(request.has("from")).isTrue();
        assertThat(request.has("to")).isTrue();
    }

    @Test
    void everyNewTableAndColumnIsDescribedAndCarriesTheMunicipality() {
        Set<String> tables = Set.of("situation_picture", "situation_problem", "problem_measure");
        List<String> undescribed = jdbc.sql("""
                        SELECT c.relname || '.' || coalesce(a.attname, '') FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        WHERE n.nspname = 'public' AND c.relname = ANY (:tables)
                          AND (obj_description(c.oid, 'pg_class') IS NULL OR col_description(c.oid, a.attnum) IS NULL)
                        """)
                .param("tables", tables.toArray(String[]::new))
                .query(String.class).list();
        assertThat(undescribed).isEmpty();
        List<String> withMunicipality = jdbc.sql("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND column_name = 'municipality_code' AND table_name = ANY (:tables)
                        """)
                .param("tables", tables.toArray(String[]::new))
                .query(String.class).list();
        assertThat(withMunicipality).containsExactlyInAnyOrderElementsOf(tables);
    }

    private void report(long category, Long area, String occurredFrom, String police) {
        jdbc.sql("""
                        INSERT INTO incident_report (municipality_code, category_id, area_id, occurred_from, description,
                            reported_to_police, source)
                        VALUES (:m, :c, :a, CAST(:t AS timestamptz), 'Testhändelse', :p, 'IMPORT')
                        """)
                .param("m", Fixtures.TRANEMO).param("c", category).param("a", area, java.sql.Types.BIGINT).param("t", occurredFrom)
                .param("p", police).update();
    }

    private Actor actor(Fixtures.Person person, Role role) {
        boolean boras = person == borasCoordinator;
        String code = boras ? Fixtures.BORAS : Fixtures.TRANEMO;
        String name = boras ? "Borås" : "Tranemo";
        return new Actor(person.id(), person.email(), "Test", code, name, Set.of(role),
                List.of(new Membership(safety, "Trygghet och säkerhet", code, name, role)));
    }

    private TestHttpAuth as(Fixtures.Person person) {
        return new TestHttpAuth(baseUrl(), person == null ? null : person.token());
    }

    private static Map<String, Long> counts(JsonNode rows, String key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(row.get(key).asString(), row.get("count").asLong()));
        return counts;
    }

    private static List<String> fields(TestHttp.Reply reply) {
        List<String> fields = new java.util.ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /** The entries of a zip file, read through its central directory (the workbook streams its entries). */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Path file = Files.createTempFile("lagesbild", ".xlsx");
        try {
            Files.write(file, zip);
            Map<String, String> entries = new HashMap<>();
            try (ZipFile archive = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                    try (InputStream in = archive.getInputStream(entry)) {
                        // the workbook writes å, ä, ö as character references
                        entries.put(entry.getName(), HtmlUtils.htmlUnescape(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            return entries;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
