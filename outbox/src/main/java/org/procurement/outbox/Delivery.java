package org.procurement.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One HTTP call to a peer on behalf of an outbox message, classified into what the relay should do next. */
@ApplicationScoped
public class Delivery {

    public enum Result { DELIVERED, RETRY, REFUSED }

    public record Outcome(Result result, String detail) {
    }

    private final OutboxConfig config;
    private final ServiceCredentials credentials;
    private final HttpClient http;

    public Delivery(OutboxConfig config, ServiceCredentials credentials) {
        this.config = config;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    public Outcome deliver(OutboxMessage message) {
        String base;
        try {
            base = baseUrl(message.destination());
        } catch (RuntimeException e) {
            return new Outcome(Result.RETRY, "No URL configured for destination " + message.destination());
        }
        try {
            HttpRequest.BodyPublisher body = message.payload() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(message.payload());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + message.path()))
                    .timeout(config.timeout())
                    .header("Authorization", "Bearer " + credentials.bearerToken())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-Event-Id", message.id().toString())
                    .method(message.method(), body);
            // The receiver logs under the sender's correlation id and continues the sender's trace.
            if (message.correlationId() != null) {
                request.header(MessageContext.HEADER, message.correlationId());
            }
            if (message.traceparent() != null) {
                request.header(MessageContext.TRACEPARENT, message.traceparent());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return classify(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Outcome(Result.RETRY, "Peer unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Result.RETRY, "Interrupted");
        } catch (RuntimeException e) {
            // Typically the token could not be obtained (Keycloak down): try again later.
            return new Outcome(Result.RETRY, "Could not call peer: " + e);
        }
    }

    private Outcome classify(int status, String body) {
        if (status >= 200 && status < 300) {
            return new Outcome(Result.DELIVERED, null);
        }
        String detail = "HTTP " + status + ": " + (body == null ? "" : body);
        if (status == 401) {
            credentials.invalidate();
            return new Outcome(Result.RETRY, detail);
        }
        if (status == 403 || status == 408 || status == 425 || status == 429 || status >= 500) {
            // 403 is a misconfigured service account, fixable without losing the message.
            return new Outcome(Result.RETRY, detail);
        }
        return new Outcome(Result.REFUSED, detail);
    }

    /** Read at each delivery so that a URL only known once the application runs (tests) still resolves. */
    private String baseUrl(String destination) {
        OutboxConfig.Destination configured = config.destinations().get(destination);
        if (configured != null) {
            return configured.url();
        }
        return ConfigProvider.getConfig().getValue("outbox.destinations." + destination + ".url", String.class);
    }
}
