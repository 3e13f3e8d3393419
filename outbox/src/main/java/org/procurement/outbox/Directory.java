package org.procurement.outbox;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who holds a role and how to reach a person, from Keycloak's admin API. The realm's admin URL is derived from the
 * OIDC client's server URL ({@code .../realms/x} becomes {@code .../admin/realms/x}) unless
 * {@code outbox.directory-url} names it.
 */
@ApplicationScoped
public class Directory {

    static final int PAGE = 100;

    private final OutboxConfig config;
    private final AtomicReference<DirectoryClient> client = new AtomicReference<>();

    public Directory(OutboxConfig config) {
        this.config = config;
    }

    /** Enabled holders of a realm role, every page of them. */
    public List<Person> holdersOf(String role) {
        List<Person> holders = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<DirectoryClient.User> page = client().usersInRole(role, false, first, PAGE);
            page.stream().filter(DirectoryClient.User::active).map(DirectoryClient.User::person).forEach(holders::add);
            if (page.size() < PAGE) {
                return holders;
            }
        }
    }

    /** The enabled user of exactly this name, if any. */
    public Optional<Person> person(String username) {
        return client().usersNamed(username, true, false).stream()
                .filter(user -> username.equalsIgnoreCase(user.username()) && user.active())
                .map(DirectoryClient.User::person).findFirst();
    }

    private DirectoryClient client() {
        DirectoryClient current = client.get();
        if (current == null) {
            long timeout = config.timeout().toMillis();
            current = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(adminUrl()))
                    .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                    .build(DirectoryClient.class);
            if (!client.compareAndSet(null, current)) {
                current = client.get();
            }
        }
        return current;
    }

    /** Read when first needed, so that a URL only known once the application runs (tests) still resolves. */
    private String adminUrl() {
        return config.directoryUrl().orElseGet(() -> adminUrlOf(ConfigProvider.getConfig()
                .getValue("quarkus.oidc-client.auth-server-url", String.class)));
    }

    static String adminUrlOf(String realmUrl) {
        String trimmed = realmUrl.replaceAll("/+$", "");
        int realms = trimmed.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("Cannot derive Keycloak's admin URL from " + realmUrl
                    + "; set outbox.directory-url");
        }
        return trimmed.substring(0, realms) + "/admin" + trimmed.substring(realms);
    }
}
