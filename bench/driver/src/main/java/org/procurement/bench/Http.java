package org.procurement.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.procurement.stack.DemoUser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 keep-alive calls with bearer tokens; anything but the expected status is an exception. The measured
 * calls go through {@link Wire} (a plain socket per thread): the JDK HttpClient costs about as much CPU per call as
 * the service under test, and on 2 shared cores that halved every measured capacity.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static String get(String url, String token, int expected) throws IOException {
        return Wire.exchange(URI.create(url), "GET", token, null, expected);
    }

    /** A conditional GET: {@code If-None-Match} with the ETag held. */
    static String getIfNoneMatch(String url, String token, String etag, int expected) throws IOException {
        return Wire.exchange(URI.create(url), "GET", token, "If-None-Match: " + etag, null, expected);
    }

    static String post(String url, String token, Object body, int expected) throws IOException {
        return Wire.exchange(URI.create(url), "POST", token, body == null ? null : JSON.writeValueAsString(body), expected);
    }

    static int status(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            String body = response.body();
            throw new IOException(request.method() + " " + request.uri().getPath() + " -> " + response.statusCode()
                    + (body == null ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
        }
        return response.body();
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    /**
     * A demo user's access token (password = user + "-pw") through the realm's test client (password grant), with
     * the demo one-time code for authorizers, policy-board members and catalog-admins.
     */
    static String token(String realmUrl, String user) throws IOException, InterruptedException {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("grant_type", "password",
                "client_id", "procurement-tests", "username", user, "password", user + "-pw"));
        DemoUser.ALL.stream().filter(demo -> demo.username().equals(user)).findFirst()
                .flatMap(demo -> demo.oneTimeCode(java.time.Instant.now()))
                .ifPresent(code -> form.put("totp", code));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return json(send(request, 200)).get("access_token").asText();
    }
}
