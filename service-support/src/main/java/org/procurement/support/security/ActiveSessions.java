package org.procurement.support.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.procurement.support.problem.ProblemException;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks Keycloak whether the session behind a person's access token is still active (RFC 7662 token introspection):
 * a token stays valid by its signature until it expires, but a user who signed out, or whom an administrator
 * disabled, must lose the power to change anything at once. Answers are kept for at most
 * {@link #MAX_CACHE_TTL} per token, so a burst of writes costs one call.
 *
 * <p>Keycloak answers introspection only for clients named in the token's audience, so each service introspects with
 * its own client (catalog-service, request-service, approval-service), which the user tokens name.
 */
@ApplicationScoped
public class ActiveSessions {

    /** The bound: a revoked session may keep writing for at most this long. */
    public static final Duration MAX_CACHE_TTL = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ActiveSessions.class);
    private static final int MAX_ENTRIES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean enabled;
    private final URI introspection;
    private final String authorization;
    private final Duration ttl;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    public ActiveSessions(@ConfigProperty(name = "procurement.session-check.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "procurement.session-check.introspection-url") Optional<String> introspectionUrl,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
            @ConfigProperty(name = "procurement.session-check.client-id") Optional<String> clientId,
            @ConfigProperty(name = "procurement.session-check.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "procurement.session-check.cache-ttl", defaultValue = "30s") Duration ttl,
            @ConfigProperty(name = "procurement.session-check.timeout", defaultValue = "3s") Duration timeout) {
        this.enabled = enabled;
        this.ttl = ttl.compareTo(MAX_CACHE_TTL) > 0 ? MAX_CACHE_TTL : ttl;
        this.timeout = timeout;
        this.clock = Clock.systemUTC();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        if (!enabled) {
            this.introspection = null;
            this.authorization = null;
            return;
        }
        String url = introspectionUrl.orElseGet(() -> authServerUrl.map(base -> base.replaceAll("/+$", "")
                + "/protocol/openid-connect/token/introspect").orElseThrow(() -> new IllegalStateException(
                "procurement.session-check.introspection-url or quarkus.oidc.auth-server-url must be set")));
        String id = clientId.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "procurement.session-check.client-id must be set (the service's Keycloak client)"));
        String secret = clientSecret.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "procurement.session-check.client-secret must be set (OIDC_CLIENT_SECRET)"));
        this.introspection = URI.create(url);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (form(id) + ":" + form(secret)).getBytes(StandardCharsets.UTF_8));
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Completes when the token's session is active; fails with a 401 problem {@code session-ended} when Keycloak
     * says it is not, and with a 503 {@code identity-provider-unavailable} when Keycloak cannot be asked (a write is
     * never let through unchecked).
     */
    public Uni<Void> requireActive(String rawToken) {
        String key = TokenEvidence.sha256(rawToken);
        Instant now = clock.instant();
        Checked known = checked.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.active() ? Uni.createFrom().voidItem() : Uni.createFrom().failure(ended());
        }
        HttpRequest request = HttpRequest.newBuilder(introspection).timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + form(rawToken) + "&token_type_hint=access_token"))
                .build();
        // The answer arrives on the HTTP client's thread; the request goes on in the Vert.x context it came in on,
        // which carries its correlation id (MDC) and trace.
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        Uni<HttpResponse<String>> answer = Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        if (context != null) {
            answer = answer.emitOn(command -> context.runOnContext(ignored -> command.run()));
        }
        return answer
                .onFailure().transform(e -> {
                    LOG.warnf("Token introspection at %s failed: %s", introspection, e.toString());
                    return unavailable();
                })
                .onItem().transformToUni(response -> {
                    Boolean active = activeIn(response);
                    if (active == null) {
                        return Uni.createFrom().failure(unavailable());
                    }
                    remember(key, active, now);
                    return active ? Uni.createFrom().voidItem() : Uni.createFrom().failure(ended());
                });
    }

    private Boolean activeIn(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            LOG.warnf("Token introspection at %s answered %d (is the service's client secret right?)", introspection,
                    response.statusCode());
            return null;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("active").asBoolean(false);
        } catch (Exception e) {
            LOG.warnf("Token introspection at %s answered something other than JSON", introspection);
            return null;
        }
    }

    private void remember(String key, boolean active, Instant now) {
        if (checked.size() >= MAX_ENTRIES) {
            checked.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (checked.size() >= MAX_ENTRIES) {
                checked.clear();
            }
        }
        checked.put(key, new Checked(active, now.plus(ttl)));
    }

    private static ProblemException ended() {
        return new ProblemException(401, "session-ended", "Session ended", "Your sign-in session is no longer "
                + "active (you signed out, it timed out, or your account was disabled); nothing was changed. "
                + "Sign in again.");
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "identity-provider-unavailable", "Service unavailable", "The sign-in "
                + "service cannot be reached to check that your session is still active; nothing was changed by "
                + "this request. Try again in a few seconds.");
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Checked(boolean active, Instant until) {
    }
}
