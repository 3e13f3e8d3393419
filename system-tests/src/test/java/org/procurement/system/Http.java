package org.procurement.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.procurement.stack.ServiceSpec;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * Calls for many client threads at once (RestAssured is not meant for that): every call has a deadline, so a hang
 * shows as {@link Reply#TIMED_OUT} rather than a stuck test, and a refused connection as {@link Reply#REFUSED}.
 */
final class Http {

    /** Far above any healthy answer (milliseconds), far below the build's patience. */
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** One answer; {@code status} is -1 for a call that timed out and 0 for a refused or broken connection. */
    record Reply(int status, String contentType, JsonNode body, String etag) {
        static final int TIMED_OUT = -1;
        static final int REFUSED = 0;

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        String text(String field) {
            return body == null || body.get(field) == null ? null : body.get(field).asText();
        }

        /** "201", "409 stage-completed", "503 service-unavailable", "timeout", "refused": for tallies. */
        String label() {
            if (status == TIMED_OUT) {
                return "timeout";
            }
            if (status == REFUSED) {
                return "refused";
            }
            String type = text("type");
            return type == null || ok() ? Integer.toString(status)
                    : status + " " + type.substring(type.lastIndexOf('/') + 1);
        }
    }

    static Reply get(String user, ServiceSpec service, String path) {
        return send(user, service, "GET", path, null, Map.of());
    }

    static Reply post(String user, ServiceSpec service, String path, Object body) {
        return send(user, service, "POST", path, body, Map.of());
    }

    static Reply send(String user, ServiceSpec service, String method, String path, Object body,
                      Map<String, String> headers) {
        return send(Keycloak.token(user), Suite.get().url(service) + path, method, body, headers);
    }

    static Reply send(String token, String url, String method, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(DEADLINE)
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            JsonNode json = response.body() == null || response.body().isBlank() || contentType == null
                    || !contentType.contains("json") ? null : JSON.readTree(response.body());
            return new Reply(response.statusCode(), contentType, json, response.headers().firstValue("ETag").orElse(null));
        } catch (HttpTimeoutException e) {
            return new Reply(Reply.TIMED_OUT, null, null, null);
        } catch (ConnectException e) {
            return new Reply(Reply.REFUSED, null, null, null);
        } catch (IOException e) {
            // the peer went away mid-call (a killed service): no answer, like a refused connection
            return new Reply(Reply.REFUSED, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
