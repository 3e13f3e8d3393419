package org.procurement.testing.fuzz;

import io.restassured.RestAssured;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends fuzz inputs byte for byte (no client-side encoding, charset or content type added), to the application
 * that {@code @QuarkusTest} started.
 */
final class FuzzClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = RestAssured.baseURI + ":" + RestAssured.port;

    FuzzResponse send(FuzzInput input, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + input.path()
                        + (input.query().isEmpty() ? "" : "?" + input.query())))
                .timeout(Duration.ofSeconds(60))
                .method(input.method(), input.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : input.chunked() ? HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(input.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(input.body()))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        for (Map.Entry<String, String> header : input.headers().entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    FuzzResponse get(String location, String token) throws IOException, InterruptedException {
        URI uri = URI.create(base).resolve(URI.create(location).getRawPath());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static FuzzResponse answer(HttpResponse<byte[]> response) {
        return new FuzzResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }
}
