package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void embeddedServers() {
        String text = String.join("\n", Summary.lines(StackSettings.local(ROOT, Map.of()), true, 42));
        assertTrue(text.contains("Keycloak            http://localhost:8180  (realm procurement, issuer"
                + " http://localhost:8180/realms/procurement)"), text);
        assertTrue(text.contains("http://localhost:8180/admin/master/console/#/procurement  (admin / admin, demo)"), text);
        assertTrue(text.contains("PostgreSQL          localhost:15432  databases catalog, request, approval, keycloak"), text);
        assertTrue(text.contains("(postgres, keycloak, mail, catalog-service, request-service, approval-service)"), text);
        assertTrue(text.contains("Mail received       http://localhost:8025/api/user/<user>@demo.invalid/messages/INBOX"
                + "  (SMTP on localhost:3025"), text);
        assertTrue(text.contains("Data: .local-stack/data (./run.sh --reset wipes it)"), text);
    }

    @Test
    void existingServersShowTheirUrlsAndNoDemoSecretsOfTheirs() {
        StackSettings settings = StackSettings.local(ROOT, Map.of(
                "PG_URL", "jdbc:postgresql://db.example:6543/postgres", "PG_ADMIN_USER", "root",
                "PG_ADMIN_PASSWORD", "admin-secret", "CATALOG_DB_PASSWORD", "cat-secret",
                "KEYCLOAK_URL", "https://sso.example"));
        List<String> lines = Summary.lines(settings, false, 3);
        String text = String.join("\n", lines);
        assertTrue(text.contains("Keycloak (existing) https://sso.example  (realm procurement, issuer"
                + " https://sso.example/realms/procurement)"), text);
        assertTrue(lines.contains("    admin console     https://sso.example/admin/master/console/#/procurement"), text);
        assertTrue(text.contains("PostgreSQL (existing) db.example:6543  databases catalog, request, approval "
                + "(user = database name; password = database name unless set by CATALOG_DB_PASSWORD etc.)"), text);
        assertTrue(text.contains("DB_URL=jdbc:postgresql://db.example:6543/catalog DB_USER=catalog"
                + " DB_PASSWORD=\"$CATALOG_DB_PASSWORD\""), text);
        assertTrue(text.contains("OIDC_SERVER_URL=https://sso.example/realms/procurement"), text);
        assertTrue(text.contains("Logs: .local-stack/logs/<part>.log (mail, catalog-service, request-service, approval-service)"), text);
        assertTrue(text.contains("Data: in the databases on db.example:6543 (never dropped by run.sh; --reset is refused)"), text);
        for (String absent : List.of("localhost:8180", "localhost:15432", "admin / admin", "cat-secret", "admin-secret")) {
            assertFalse(text.contains(absent), absent + " in\n" + text);
        }
    }
}
