package org.procurement.outbox;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP call to a peer on behalf of an outbox message, through the Quarkus REST client (one client per peer,
 * with this service's service-account token from {@link PeerClient}'s OIDC client filter), classified into what the relay should do next.
 */
@ApplicationScoped
public class Delivery {

    public enum Result { DELIVERED, RETRY, REFUSED }

    /** @param status the receiver's HTTP status, 0 when none was received */
    public record Outcome(Result result, String detail, int status, String body) {

        public Outcome(Result result, String detail) {
            this(result, detail, 0, null);
        }
    }

    private final OutboxConfig config;
    private final NoticeDelivery notices;
    private final MailDelivery mails;
    private final Map<String, PeerClient> peers = new ConcurrentHashMap<>();

    public Delivery(OutboxConfig config, NoticeDelivery notices, MailDelivery mails) {
        this.config = config;
        this.notices = notices;
        this.mails = mails;
    }

    public Outcome deliver(OutboxMessage message) {
        if (Outbox.NOTICES.equals(message.destination())) {
            return notices.deliver(message);
        }
        if (Outbox.SMTP.equals(message.destination())) {
            return mails.deliver(message);
        }
        String base;
        try {
            base = baseUrl(message.destination());
        } catch (RuntimeException e) {
            return new Outcome(Result.RETRY, "No URL configured for destination " + message.destination());
        }
        PeerClient peer = peers.computeIfAbsent(base.replaceAll("/+$", ""), this::client);
        // The receiver logs under the sender's correlation id and continues the sender's trace.
        String path = message.path().replaceFirst("^/+", "");
        String eventId = message.id().toString();
        try (Response response = switch (message.method()) {
            case "POST" -> peer.post(path, message.payload(), eventId, message.correlationId(), message.traceparent());
            case "PUT" -> peer.put(path, message.payload(), eventId, message.correlationId(), message.traceparent());
            case "PATCH" -> peer.patch(path, message.payload(), eventId, message.correlationId(), message.traceparent());
            case "DELETE" -> peer.delete(path, eventId, message.correlationId(), message.traceparent());
            default -> null;
        }) {
            if (response == null) {
                return new Outcome(Result.REFUSED, "Method " + message.method() + " is not delivered by the outbox");
            }
            return classify(response);
        } catch (WebApplicationException e) {
            return classify(e.getResponse());
        } catch (ProcessingException e) {
            return new Outcome(Result.RETRY, "Peer unreachable: " + e.getMessage());
        } catch (RuntimeException e) {
            // Typically the token could not be obtained (Keycloak down): try again later.
            return new Outcome(Result.RETRY, "Could not call peer: " + e);
        }
    }

    private PeerClient client(String base) {
        long timeout = config.timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(base))
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .build(PeerClient.class);
    }

    private Outcome classify(Response response) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            return new Outcome(Result.DELIVERED, null);
        }
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        String detail = "HTTP " + status + ": " + body;
        if (status == 401 || status == 403 || status == 408 || status == 425 || status == 429 || status >= 500) {
            // 401: the token filter fetches a fresh token for the next attempt (refresh-on-unauthorized).
            // 403 is a misconfigured service account, fixable without losing the message.
            return new Outcome(Result.RETRY, detail);
        }
        return new Outcome(Result.REFUSED, detail, status, body);
    }

    /** Read at each delivery so that a URL only known once the application runs (tests) still resolves. */
    private String baseUrl(String destination) {
        OutboxConfig.Destination configured = config.destinations().get(destination);
        if (configured != null) {
            return configured.url();
        }
        return ConfigProvider.getConfig().getValue("outbox.destinations." + destination + ".url", String.class);
    }

    @PreDestroy
    void close() {
        peers.values().forEach(peer -> {
            if (peer instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // Shutting down: nothing to do about a client that will not close.
                }
            }
        });
    }
}
