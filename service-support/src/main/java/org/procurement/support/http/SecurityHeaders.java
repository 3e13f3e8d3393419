package org.procurement.support.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Security headers on every answer (OWASP ASVS V14.4): the browser never sniffs a type, keeps to HTTPS once it has
 * seen it, never frames a page of ours, and runs no script an API answer could smuggle in. The API gets the
 * tightest policy ({@code default-src 'none'}); Swagger UI, the one page people use, gets what it needs to run: its own
 * scripts and styles (its page and the sign-in pop-up's return page carry inline ones) and calls to this service and
 * to Keycloak's token endpoint, whose origin is read from the sign-in URL.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final int PRIORITY = 1000;

    private final String swaggerUiPolicy;

    public SecurityHeaders(@ConfigProperty(name = "openapi.sign-in-url") Optional<String> signInUrl) {
        this.swaggerUiPolicy = swaggerUiPolicy(signInUrl.map(SecurityHeaders::origin).orElse(""));
    }

    static String swaggerUiPolicy(String identityProviderOrigin) {
        String keycloak = identityProviderOrigin.isBlank() ? "" : " " + identityProviderOrigin;
        return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'" + keycloak + "; "
                + "form-action 'self'" + keycloak + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    /** scheme://host[:port] of a URL; empty when it is not an absolute http(s) URL. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            String path = context.normalizedPath();
            headers.set("Content-Security-Policy", path != null && path.startsWith("/q/swagger-ui")
                    ? swaggerUiPolicy : API_POLICY);
            context.next();
        }, PRIORITY);
    }
}
