package se.trygghetsnav.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * (b) of {@link AlertFanoutBenchmark}: open live (SSE) connections to the running application, one RED post, the time
 * until every connection has its alert.
 */
final class AlertFanoutLive {

    static final int CONNECTIONS = Integer.getInteger("bench.connections", 10_000);

    record Result(long[] sortedLatencyNanos, long totalNanos) {}

    private AlertFanoutLive() {}

    /** Null when this build has no live endpoint. */
    static Result run(ConfigurableApplicationContext app, AlertFanoutBenchmark.Population population, Runnable concurrently)
            throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<Void> probe = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/samverkan/live")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (probe.statusCode() == 404) {
            System.out.printf("%n(b) Live delivery: not run, this build has no SSE endpoint /samverkan/live (the live helper's branch)%n");
            return null;
        }
        System.out.printf("%n(b) Live delivery: not run, the endpoint answered %d%n", probe.statusCode());
        return null;
    }

    static void compare(Result alone, Result withPush) {
        if (alone == null || withPush == null) {
            return;
        }
    }
}
