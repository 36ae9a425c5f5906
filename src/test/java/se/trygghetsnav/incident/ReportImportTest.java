package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.TestHttpAuth;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

/** Bulk import through the API and through the pages, against the real database. */
class ReportImportTest extends IntegrationTest {

    private static final Pattern UPLOAD = Pattern.compile("name=\"upload\" value=\"([A-Za-z0-9_-]{43})\"");

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private Fixtures.Person reporter;
    private Fixtures.Person manager;
    private Fixtures.Person borasCoordinator;
    private long housing;
    private final LocalDate twoDaysAgo = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(2);

    @BeforeEach
    void municipalities() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        housing = fixtures.organisation(Fixtures.TRANEMO, "Tranemo Bostäder", "HOUSING_COMPANY");
        long safety = fixtures.organisation(Fixtures.TRANEMO, "Trygghet och säkerhet", "MUNICIPAL_DEPARTMENT");
        coordinator = fixtures.person(Fixtures.TRANEMO, safety, Role.COORDINATOR);
        reporter = fixtures.person(Fixtures.TRANEMO, housing, Role.REPORTER);
        manager = fixtures.person(Fixtures.TRANEMO, safety, Role.MANAGER);
        long boras = fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT");
        borasCoordinator = fixtures.person(Fixtures.BORAS, boras, Role.COORDINATOR);
        fixtures.area(Fixtures.TRANEMO, "Centrum", 57.4850, 13.3510);
        fixtures.area(Fixtures.TRANEMO, "Östra", 57.4950, 13.3600);
        fixtures.area(Fixtures.BORAS, "Borås centrum", 57.7210, 12.9401);
    }

    /** Three good rows (a point, an area by name, SWEREF 99 TM) and two bad ones (rows 5 and 6). */
    private String mixedFile() {
        return "\uFEFFkategori;datum;tid;latitud;longitud;nord;ost;plats;omrade;beskrivning;polisanmald\r\n"
                + "VANDALISM;" + twoDaysAgo + ";21:30;57,4851;13,3512;;;Busskuren;;Krossad ruta;nej\r\n"
                + "Klotter;" + twoDaysAgo + ";;;;;;;östra;Tag på gaveln;vet ej\r\n"
                + "Ordningsstörning;" + twoDaysAgo + ";23:10;;;6372575,722;401139,250;;;Bråk;ja\r\n"
                + "SKADOR;" + twoDaysAgo + ";;;;;;Stationen;;;\r\n"
                + "VANDALISM;" + twoDaysAgo + ";;;;;;Stationen;;Anmälare 811218-9876 såg allt;\r\n";
    }

    @Test
    void theApiImportsTheGoodRowsInTheBackgroundAndListsTheBadOnes() {
        TestHttp.Reply reply = postCsv(reporter, mixedFile());

        assertThat(reply.status()).isEqualTo(202);
        JsonNode started = reply.json();
        String job = started.get("job").asString();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/reports/import/" + job);
        assertThat(started.get("total").asLong()).isEqualTo(3);
        assertThat(started.get("rows").asInt()).isEqualTo(3);
        assertThat(started.get("errors")).hasSize(2);
        assertThat(started.get("errors").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(started.get("errors").get(0).get("column").asString()).isEqualTo("kategori");
        assertThat(started.get("errors").get(0).get("message").asString()).startsWith("Okänd kategori: SKADOR");
        assertThat(started.get("errors").get(1).get("row").asInt()).isEqualTo(6);
        assertThat(started.get("errors").get(1).get("column").asString()).isEqualTo("beskrivning");

        JsonNode progress = waitUntilFinished(() -> as(reporter).get("/api/v1/reports/import/" + job).json());
        assertThat(progress.get("total").asLong()).isEqualTo(3);
        assertThat(progress.get("done").asLong()).isEqualTo(3);
        assertThat(progress.get("failed").asLong()).isZero();
        assertThat(progress.get("message").asString()).startsWith("Klart");

        List<Map<String, Object>> stored = jdbc.sql("""
                        SELECT c.code, a.name AS area, r.source, r.reporter_id, r.organisation_id, r.reported_to_police
                        FROM incident_report r JOIN incident_category c ON c.id = r.category_id LEFT JOIN area a ON a.id = r.area_id
                        ORDER BY c.code
                        """).query().listOfRows();
        assertThat(stored).hasSize(3);
        assertThat(stored).allSatisfy(row -> {
            assertThat(row.get("source")).isEqualTo("IMPORT");
            assertThat(row.get("reporter_id")).isEqualTo(reporter.id());
            assertThat(row.get("organisation_id")).isEqualTo(housing);
        });
        assertThat(stored.stream().collect(Collectors.toMap(row -> (String) row.get("code"), row -> (String) row.get("area"))))
                .isEqualTo(Map.of("VANDALISM", "Centrum", "GRAFFITI", "Östra", "PUBLIC_DISORDER", "Centrum"));
        assertThat(as(reporter).get("/api/v1/reports").json()).as("the importer's own reports").hasSize(3);
    }

    @Test
    void aFileWithOnlyBadRowsIs422WithEveryError() {
        TestHttp.Reply reply = postCsv(coordinator, "kategori,datum,plats\nSKADOR," + twoDaysAgo + ",Stationen\nVANDALISM,igår,Stationen\n");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("kategori");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("datum");

        TestHttp.Reply unknownColumn = postCsv(coordinator, "kategori;datum;färg\nVANDALISM;" + twoDaysAgo + ";röd\n");
        assertThat(unknownColumn.status()).isEqualTo(422);
        assertThat(unknownColumn.json().get("errors").get(0).get("message").asString()).startsWith("Okänd kolumn: färg");
        TestHttp.Reply latin1 = postCsv(coordinator, ("kategori;datum;plats\nSkadegörelse;" + twoDaysAgo + ";Stationen\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).isEqualTo(422);
        assertThat(latin1.json().get("errors").get(0).get("message").asString()).contains("UTF-8");
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).isZero();
    }

    @Test
    void jobsBelongToTheirMunicipalityAndImportsNeedAnImportingRole() {
        String job = postCsv(coordinator, mixedFile()).json().get("job").asString();
        waitUntilFinished(() -> as(coordinator).get("/api/v1/reports/import/" + job).json());

        assertThat(as(borasCoordinator).get("/api/v1/reports/import/" + job).status()).isEqualTo(404);
        assertThat(as(coordinator).get("/api/v1/reports/import/" + "x".repeat(43)).status()).isEqualTo(404);
        assertThat(postCsv(manager, mixedFile()).status()).isEqualTo(403);
        assertThat(postCsv(null, mixedFile()).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void thePagesPreviewStartAndFollowAnImport() throws Exception {
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        String form = page(mvc.perform(get("/lagesbild/import").with(asCoordinator)).andExpect(status().isOk()).andReturn());
        assertThat(form).contains("<h1>Importera rapporter från en CSV-fil</h1>", "type=\"file\"", "/lagesbild/import/mall.csv",
                "antal_handelser");

        MockMultipartFile file = new MockMultipartFile("file", "logg.csv", "text/csv", mixedFile().getBytes(StandardCharsets.UTF_8));
        String preview = page(mvc.perform(multipart("/lagesbild/import/forhandsgranska").file(file)
                        .with(asCoordinator).with(csrfFrom("/lagesbild/import", asCoordinator)))
                .andExpect(status().isOk()).andReturn());
        assertThat(preview).contains("3 rader kan importeras (3 rapporter), 2 rader har fel.", "Fil: logg.csv",
                "Okänd kategori: SKADOR", "personnummer", "Busskuren", "Östra", "Importera 3 rapporter");
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).as("a preview stores nothing").isZero();
        Matcher upload = UPLOAD.matcher(preview);
        assertThat(upload.find()).isTrue();

        MvcResult started = mvc.perform(post("/lagesbild/import/start").with(asCoordinator)
                        .with(csrfFrom("/lagesbild/import", asCoordinator)).param("upload", upload.group(1)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String progressPage = started.getResponse().getRedirectedUrl();
        assertThat(progressPage).matches("/lagesbild/import/[A-Za-z0-9_-]{43}");

        String first = page(mvc.perform(get(progressPage).with(asCoordinator)).andExpect(status().isOk()).andReturn());
        assertThat(first).contains("<progress", "aria-live=\"polite\"", "/js/import.js", progressPage + ".json");

        waitUntilFinished(() -> {
            try {
                return TestHttp.JSON.readTree(mvc.perform(get(progressPage + ".json").with(asCoordinator))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String finished = page(mvc.perform(get(progressPage).with(asCoordinator)).andExpect(status().isOk()).andReturn());
        assertThat(finished).contains("Klart: 3 rapporter importerades.",
                "/lagesbild/rapporter?from=" + twoDaysAgo + "&to=" + twoDaysAgo);
        assertThat(finished).doesNotContain("http-equiv=\"refresh\"");
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report WHERE source = 'IMPORT'").query(Long.class).single()).isEqualTo(3);

        mvc.perform(post("/lagesbild/import/start").with(asCoordinator).with(csrfFrom("/lagesbild/import", asCoordinator))
                        .param("upload", upload.group(1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).as("an upload is imported once")
                        .isEqualTo("/lagesbild/import"));
        mvc.perform(get(progressPage).with(fixtures.loggedIn(borasCoordinator))).andExpect(status().isNotFound());
    }

    @Test
    void theProgressPageRefreshesItselfWithoutJavaScriptWhileRunning() throws Exception {
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        StringBuilder big = new StringBuilder("kategori;datum;omrade;antal_handelser\n");
        for (int i = 0; i < 20; i++) {
            big.append("VANDALISM;").append(twoDaysAgo.minusDays(i % 7)).append(";Centrum;1000\n");
        }
        String job = postCsv(coordinator, big.toString()).json().get("job").asString();
        String page = page(mvc.perform(get("/lagesbild/import/" + job).with(asCoordinator)).andExpect(status().isOk()).andReturn());
        if (page.contains("Klart:")) {
            assertThat(page).doesNotContain("http-equiv=\"refresh\"");
        } else {
            assertThat(page).contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>", "rapporter importerade");
        }
        JsonNode progress = waitUntilFinished(() -> as(coordinator).get("/api/v1/reports/import/" + job).json());
        assertThat(progress.get("done").asLong()).isEqualTo(20_000);
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).isEqualTo(20_000);
    }

    @Test
    void theUploadPageExplainsProblemsWithTheFileItself() throws Exception {
        RequestPostProcessor asReporter = fixtures.loggedIn(reporter);
        String empty = page(mvc.perform(multipart("/lagesbild/import/forhandsgranska")
                        .file(new MockMultipartFile("file", "tom.csv", "text/csv", new byte[0]))
                        .with(asReporter).with(csrfFrom("/lagesbild/import", asReporter)))
                .andExpect(status().isOk()).andReturn());
        assertThat(empty).contains("Välj en CSV-fil att importera.");

        String latin1 = page(mvc.perform(multipart("/lagesbild/import/forhandsgranska")
                        .file(new MockMultipartFile("file", "excel.csv", "text/csv",
                                ("kategori;datum;plats\nSkadegörelse;" + twoDaysAgo + ";Stationen\n").getBytes(StandardCharsets.ISO_8859_1)))
                        .with(asReporter).with(csrfFrom("/lagesbild/import", asReporter)))
                .andExpect(status().isOk()).andReturn());
        assertThat(latin1).contains("Filen är inte sparad som UTF-8");

        String onlyBad = page(mvc.perform(multipart("/lagesbild/import/forhandsgranska")
                        .file(new MockMultipartFile("file", "fel.csv", "text/csv", "datum;färg\n2026-01-01;röd\n".getBytes(StandardCharsets.UTF_8)))
                        .with(asReporter).with(csrfFrom("/lagesbild/import", asReporter)))
                .andExpect(status().isOk()).andReturn());
        assertThat(onlyBad).contains("0 rader kan importeras (0 rapporter)", "Okänd kolumn: färg", "Kolumnen kategori saknas")
                .doesNotContain("name=\"upload\"");

        mvc.perform(post("/lagesbild/import/start").with(asReporter).with(csrfFrom("/lagesbild/import", asReporter))
                        .param("upload", "x".repeat(43)))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/lagesbild/import"));
        mvc.perform(get("/lagesbild/import").with(fixtures.loggedIn(manager))).andExpect(status().isForbidden());
    }

    @Test
    void theTemplateIsAValidFileForTheMunicipality() throws Exception {
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        MvcResult download = mvc.perform(get("/lagesbild/import/mall.csv").with(asCoordinator)).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentType()).startsWith("text/csv");
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment", "rapportimport-mall.csv");
        byte[] bytes = download.getResponse().getContentAsByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFkategori;datum;tid;slutdatum;sluttid;latitud;longitud;nord;ost;plats;omrade;beskrivning;antal;polisanmald;antal_handelser\r\n");

        String preview = page(mvc.perform(multipart("/lagesbild/import/forhandsgranska")
                        .file(new MockMultipartFile("file", "rapportimport-mall.csv", "text/csv", bytes))
                        .with(asCoordinator).with(csrfFrom("/lagesbild/import", asCoordinator)))
                .andExpect(status().isOk()).andReturn());
        assertThat(preview).contains("3 rader kan importeras (6 rapporter), 0 rader har fel.");
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        String form = page(mvc.perform(get("/lagesbild/import").with(asCoordinator).cookie(new Cookie("lang", "en")))
                .andExpect(status().isOk()).andReturn());
        assertThat(form).contains("<h1>Import reports from a CSV file</h1>", "Download a template");
    }

    private TestHttp.Reply postCsv(Fixtures.Person person, String csv) {
        return postCsv(person, csv.getBytes(StandardCharsets.UTF_8));
    }

    private TestHttp.Reply postCsv(Fixtures.Person person, byte[] csv) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reports/import"))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv));
        if (person != null) {
            request.header("Authorization", "Bearer " + person.token());
        }
        try {
            return new TestHttp.Reply(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private TestHttpAuth as(Fixtures.Person person) {
        return new TestHttpAuth(baseUrl(), person.token());
    }

    /** Polls until the job says it has finished, for at most about ten seconds. */
    private static JsonNode waitUntilFinished(java.util.function.Supplier<JsonNode> progress) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode last = progress.get();
        while (!last.get("finished").asBoolean()) {
            assertThat(Instant.now()).as("the import finishes within ten seconds: " + last).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = progress.get();
        }
        return last;
    }

    /** The CSRF token of a rendered form, read as a browser would; the person is added by the caller. */
    private RequestPostProcessor csrfFrom(String pageWithForm, RequestPostProcessor user) throws Exception {
        return BrowserLikeCsrf.from(mvc, pageWithForm, user);
    }

    private static String page(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
