package org.procurement.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Keycloak that is already running (KEYCLOAK_URL): the launcher only checks that it serves the realm. */
public final class ExistingKeycloak {

    private static final Pattern ISSUER = Pattern.compile("\"issuer\"\\s*:\\s*\"([^\"]*)\"");

    private ExistingKeycloak() {
    }

    /** The realm's discovery document, which Quarkus OIDC reads too. */
    public static URI discoveryUrl(String keycloakUrl) {
        return URI.create(keycloakUrl + "/realms/" + StackSettings.REALM + "/.well-known/openid-configuration");
    }

    /**
     * Checks that {@code keycloakUrl} serves the procurement realm.
     *
     * @return the issuer that Keycloak announces in the realm's discovery document
     * @throws StartupException (part "keycloak") if it does not answer, or answers without the realm
     */
    public static String check(String keycloakUrl, Duration timeout) {
        URI url = discoveryUrl(keycloakUrl);
        String hint = "; KEYCLOAK_URL must name a running Keycloak: import deploy/keycloak/procurement-realm.json"
                + " there (admin console: Create realm -> Resource file), or unset KEYCLOAK_URL to start one here";
        HttpResponse<String> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            response = client.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StartupException("keycloak", "no answer from " + url + " (" + describe(e) + ")" + hint, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("keycloak", "interrupted while asking " + url, null, e);
        }
        if (response.statusCode() != 200) {
            throw new StartupException("keycloak", url + " answered HTTP " + response.statusCode()
                    + (response.statusCode() == 404 ? ": there is no realm '" + StackSettings.REALM + "'" : "") + hint, null);
        }
        Matcher issuer = ISSUER.matcher(response.body());
        if (!issuer.find()) {
            throw new StartupException("keycloak", url + " answered, but not with an OpenID configuration" + hint, null);
        }
        return issuer.group(1);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
