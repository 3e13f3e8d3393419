package org.procurement.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
            lines.add("  Services not started (--no-services). Run them against this stack with, e.g.:");
            lines.add("    HTTP_PORT=8081 DB_URL=" + settings.jdbcUrl(Database.CATALOG) + " DB_USER=catalog DB_PASSWORD=catalog \\");
            lines.add("    OIDC_SERVER_URL=" + settings.realmUrl() + " ./mvnw -pl catalog-service quarkus:dev");
        }
        lines.add(String.format("  %-19s %s  (realm %s, issuer %s)", "Keycloak", settings.keycloakUrl(),
                StackSettings.REALM, settings.realmUrl()));
        lines.add(String.format("  %-19s %s/admin/master/console/#/%s  (%s / %s, demo)", "  admin console",
                settings.keycloakUrl(), StackSettings.REALM, KeycloakServer.ADMIN_USER, KeycloakServer.ADMIN_PASSWORD));
        lines.add(String.format("  %-19s localhost:%d  databases catalog, request, approval, keycloak"
                + " (user and password = database name)", "PostgreSQL", settings.postgresPort()));
        lines.add("");
        lines.add("  Demo logins (DEMO ONLY; tokens carry realm_access.roles and org):");
        lines.add(String.format("    %-9s %-12s %-27s %s", "user", "password", "roles", "org"));
        for (DemoUser user : DemoUser.ALL) {
            lines.add(String.format("    %-9s %-12s %-27s %s", user.username(), user.password(),
                    String.join(", ", user.roles()), user.org()));
        }
        lines.add("");
        lines.add("  Logs: " + display(settings, settings.logsDir()) + "/<part>.log"
                + " (postgres, keycloak, catalog-service, request-service, approval-service)");
        lines.add("  Data: " + display(settings, settings.dataDir()) + " (./run.sh --reset wipes it)");
        return lines;
    }

    private static String display(StackSettings settings, Path path) {
        return path.startsWith(settings.root()) ? settings.root().relativize(path).toString() : path.toString();
    }
}
