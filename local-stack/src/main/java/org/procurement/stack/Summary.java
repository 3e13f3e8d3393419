package org.procurement.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the user needs once the stack is up: URLs, demo logins, where the logs and data are. */
public final class Summary {

    private Summary() {
    }

    public static List<String> lines(StackSettings settings, boolean withServices, long startSeconds) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Procurement suite is up (" + startSeconds + " s). Stop it with Ctrl-C or ./run.sh stop.");
        lines.add("");
        if (withServices) {
            lines.add("  Swagger UI (Authorize -> swagger-ui client, log in as a demo user)");
            for (ServiceSpec service : ServiceSpec.ALL) {
                lines.add(String.format("    %-17s %s/q/swagger-ui", service.name(), settings.serviceUrl(service)));
            }
        } else {
            lines.add("  Services not started (--no-services). Run one in dev mode (live reload) against this stack:");
            lines.add("    ./mvnw -pl catalog-service quarkus:dev      (or request-service, approval-service)");
            Database catalog = settings.database(Database.CATALOG);
            boolean defaults = !settings.hasOwnPassword(catalog) && settings.existingPostgres().isEmpty()
                    && settings.existingKeycloakUrl().isEmpty() && settings.postgresPort() == 15432
                    && settings.realmUrl().equals("http://localhost:8180/realms/procurement");
            if (!defaults) {
                String password = settings.hasOwnPassword(catalog)
                        ? "\"$" + StackSettings.passwordVariable(catalog) + "\"" : catalog.password();
                lines.add("    with this stack's addresses: DB_URL=" + settings.jdbcUrl(catalog) + " DB_USER=" + catalog.user()
                        + " DB_PASSWORD=" + password + " OIDC_SERVER_URL=" + settings.realmUrl());
            }
        }
        boolean existingKeycloak = settings.existingKeycloakUrl().isPresent();
        lines.add(String.format("  %-19s %s  (realm %s, issuer %s)", existingKeycloak ? "Keycloak (existing)" : "Keycloak",
                settings.keycloakUrl(), StackSettings.REALM, settings.realmUrl()));
        lines.add(String.format("  %-19s %s/admin/master/console/#/%s%s", "  admin console", settings.keycloakUrl(),
                StackSettings.REALM, existingKeycloak ? ""
                        : "  (" + KeycloakServer.ADMIN_USER + " / " + KeycloakServer.ADMIN_PASSWORD + ", demo)"));
        lines.add(String.format("  %-19s %s/api/user/<user>@demo.invalid/messages/INBOX  (SMTP on localhost:%d; the"
                + " API's page at %s/)", "Mail received", settings.mailViewUrl(), settings.mailPort(), settings.mailViewUrl()));
        String databases = settings.databases().stream().map(Database::name).collect(Collectors.joining(", "));
        settings.existingPostgres().ifPresentOrElse(
                server -> lines.add(String.format("  %-19s %s  databases %s (user = database name; password = database"
                        + " name unless set by %s etc.)", "PostgreSQL (existing)", server.address(), databases,
                        StackSettings.passwordVariable(Database.CATALOG))),
                () -> lines.add(String.format("  %-19s localhost:%d  databases %s (user and password = database name)",
                        "PostgreSQL", settings.postgresPort(), databases)));
        lines.add("");
        lines.add("  Demo logins (DEMO ONLY; tokens carry realm_access.roles and org):");
        lines.add(String.format("    %-9s %-12s %-27s %s", "user", "password", "roles", "org"));
        for (DemoUser user : DemoUser.ALL) {
            lines.add(String.format("    %-9s %-12s %-27s %s%s", user.username(), user.password(),
                    user.roles().isEmpty() ? "(delegated roles only)" : String.join(", ", user.roles()), user.org(), user.oneTimeCodeSecret().isPresent()
                            ? "  + one-time code: ./run.sh otp " + user.username() : ""));
        }
        lines.add("    Authorizers, policy-board members and catalog-admins also enter a one-time code (TOTP); "
                + "./run.sh otp <user> prints it, and the key for an authenticator app.");
        lines.add("    Access tokens live 5 minutes: in Swagger UI press Authorize again (no password while signed in).");
        lines.add("");
        List<String> logged = new ArrayList<>(settings.ports().keySet());
        logged.removeIf(part -> part.endsWith(" management") || part.equals(StackSettings.MAIL_VIEW));
        lines.add("  Logs: " + display(settings, settings.logsDir()) + "/<part>.log (" + String.join(", ", logged) + ")");
        settings.existingPostgres().ifPresentOrElse(
                server -> lines.add("  Data: in the databases on " + server.address()
                        + " (never dropped by run.sh; --reset is refused)"),
                () -> lines.add("  Data: " + display(settings, settings.dataDir()) + " (./run.sh --reset wipes it)"));
        return lines;
    }

    private static String display(StackSettings settings, Path path) {
        return path.startsWith(settings.root()) ? settings.root().relativize(path).toString() : path.toString();
    }
}
