package se.trygghetsnav.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.trygghetsnav.TrygghetsnavApplication;
import se.trygghetsnav.platform.Tokens;
import se.trygghetsnav.survey.AnswerOption;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;

/**
 * Submit-and-score over HTTP ({@code POST /api/v1/instruments/trygghetsbarometern/responses}:
 * JSON parsing, validation, scoring, three inserts, the result with its comparison query, JSON
 * out) against a baseline measured in the same run on the same database: the same rows (one
 * response, 75 answers, 11 section scores) inserted with plain JDBC batches, one transaction each.
 * Both run with the same number of client threads for the same time. Prints throughput, latency
 * percentiles and the ratios. Run with {@code mvn -Pbench verify} (see README).
 */
public final class BarometerSubmitBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private static final int PAYLOADS = 500;

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(TrygghetsnavApplication.class,
                "--server.port=0", "--trygghetsnav.embedded-db.data-dir=", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.datasource.hikari.maximum-pool-size=" + (THREADS * 2));
        try {
            String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port")
                    + "/api/v1/instruments/trygghetsbarometern/responses";
            Instrument instrument = new InstrumentCatalog().latest("trygghetsbarometern").orElseThrow();
            List<String> payloads = randomPayloads(instrument);
            DataSource dataSource = app.getBean(DataSource.class);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            LoadDriver.Task submitOverHttp = () -> {
                String body = payloads.get(ThreadLocalRandom.current().nextInt(payloads.size()));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
            };
            LoadDriver.Task insertWithJdbc = () -> insertSameRows(dataSource, instrument);

            System.out.printf("Trygghetsbarometern submit-and-score benchmark: %d client threads, %d s warm-up, %d s measured, %d cores, Java %s%n",
                    THREADS, WARMUP.toSeconds(), MEASURE.toSeconds(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            LoadDriver.run(insertWithJdbc, THREADS, WARMUP);
            LoadDriver.run(submitOverHttp, THREADS, WARMUP);
            LoadDriver.Measurement baseline = LoadDriver.run(insertWithJdbc, THREADS, MEASURE);
            LoadDriver.Measurement submit = LoadDriver.run(submitOverHttp, THREADS, MEASURE);

            System.out.println();
            LoadDriver.header();
            LoadDriver.print("baseline: JDBC insert of the same rows", baseline);
            LoadDriver.print("HTTP submit-and-score", submit);
            System.out.println();
            System.out.printf("ratio throughput (HTTP / baseline): %.2f%n", submit.perSecond() / baseline.perSecond());
            System.out.printf("ratio p50 latency (HTTP / baseline): %.2f%n", submit.percentile(50) / baseline.percentile(50));
            System.out.printf("ratio p99 latency (HTTP / baseline): %.2f%n", submit.percentile(99) / baseline.percentile(99));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap in use after the run (application + driver): %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        } finally {
            app.close();
        }
    }

    private static List<String> randomPayloads(Instrument instrument) {
        Random random = new Random(42);
        AnswerOption[] options = AnswerOption.values();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < PAYLOADS; i++) {
            StringBuilder json = new StringBuilder("{\"answers\":{");
            instrument.questions().forEach(q -> json.append('"').append(q.id()).append("\":\"")
                    .append(options[random.nextInt(options.length)].name()).append("\","));
            json.setLength(json.length() - 1);
            payloads.add(json.append("}}").toString());
        }
        return payloads;
    }

    private static void insertSameRows(DataSource dataSource, Instrument instrument) throws Exception {
        AnswerOption[] options = AnswerOption.values();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement response = connection.prepareStatement("""
                    INSERT INTO barometer_response (id, result_token_hash, instrument_id, instrument_version, completed_on, total_score)
                    VALUES (?, ?, ?, ?, ?, ?)""");
                 PreparedStatement answer = connection.prepareStatement(
                         "INSERT INTO barometer_answer (response_id, question_id, answer) VALUES (?, ?, ?)");
                 PreparedStatement section = connection.prepareStatement(
                         "INSERT INTO barometer_section_score (response_id, section_id, score, dont_know) VALUES (?, ?, ?, ?)")) {
                response.setObject(1, id);
                response.setBytes(2, Tokens.hash(Tokens.newToken()));
                response.setString(3, instrument.id());
                response.setInt(4, instrument.version());
                response.setDate(5, Date.valueOf(LocalDate.now()));
                response.setInt(6, 50);
                response.executeUpdate();
                for (Instrument.Section s : instrument.sections()) {
                    for (Instrument.Question q : s.questions()) {
                        answer.setObject(1, id);
                        answer.setString(2, q.id());
                        answer.setString(3, options[random.nextInt(options.length)].name());
                        answer.addBatch();
                    }
                    section.setObject(1, id);
                    section.setString(2, s.id());
                    section.setInt(3, 50);
                    section.setInt(4, 0);
                    section.addBatch();
                }
                answer.executeBatch();
                section.executeBatch();
                try (PreparedStatement totals = connection.prepareStatement("""
                        UPDATE barometer_section_total SET responses = responses + 1, score_sum = score_sum + 50
                        WHERE instrument_id = ? AND instrument_version = ?""")) {
                    totals.setString(1, instrument.id());
                    totals.setInt(2, instrument.version());
                    totals.executeUpdate();
                }
            }
            connection.commit();
        }
    }
}
