package se.trygghetsnav;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** API calls with a personal access token. */
public final class TestHttpAuth {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    public TestHttpAuth(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public TestHttp.Reply get(String path) {
        return send(request(path).GET().build());
    }

    public TestHttp.Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/geo+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private TestHttp.Reply send(HttpRequest request) {
        try {
            return new TestHttp.Reply(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
