package org.procurement.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.procurement.stack.ServiceSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing in the suite's logs (system-tests/target/stack/logs: the three services, Keycloak, PostgreSQL) contains a
 * bearer token, a demo password or a client secret. Runs after every other system test (class order
 * {@link ClassOrderer.OrderAnnotation}, see junit-platform.properties), so it reads what they all made the services log.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogSecretsIT {

    private static final Map<String, Pattern> SECRETS = Map.of(
            "a JWT (bearer token)", Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\."),
            "a demo password", Pattern.compile("(?<![A-Za-z0-9_-])[a-z]+-pw(?![A-Za-z0-9_-])"),
            "a client secret", Pattern.compile("(request|approval)-service-demo-secret|client_secret=[^&\\s]+"),
            // The audit chain's HMAC and signing keys the stack passes approval-service (its demo values).
            "an audit key", Pattern.compile(Pattern.quote("rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ")
                    + "|" + Pattern.quote("MC4CAQAwBQYDK2VwBCIEIKaE1RMiYT")));

    @BeforeAll
    static void makeTheServicesSeeTokensAndSecrets() {
        // Also when run alone: good, bad and missing tokens at each service, and the services' own token requests.
        String good = Keycloak.token("audrey");
        String tampered = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA";
        for (ServiceSpec service : List.of(ServiceSpec.CATALOG, ServiceSpec.REQUEST, ServiceSpec.APPROVAL)) {
            for (String token : List.of(good, tampered)) {
                RestAssured.given().baseUri(Suite.get().managementUrl(service)).auth().oauth2(token).get("/q/health/ready");
                RestAssured.given().baseUri(Suite.get().url(service)).auth().oauth2(token).get("/no-such-path");
            }
            RestAssured.given().baseUri(Suite.get().url(service)).header("Authorization", "Bearer " + tampered)
                    .get(service == ServiceSpec.CATALOG ? "/catalog/categories" : "/policies");
        }
        String id = Api.createDraft("olena", Api.request("Log check", "UA", Map.of(Api.BODY_ARMOUR, 1)));
        Api.submit("olena", id);
        Api.caseOf(id, 1);   // request-service → approval-service → request-service, each with its service account
    }

    @Test
    @Order(1)
    void theScannerFindsWhatItLooksFor() {
        assertEquals(4, findings(List.of(
                "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvbGVuYSJ9.c2lnbmF0dXJl",
                "login olena with password olena-pw",
                "client_secret=request-service-demo-secret",
                "AUDIT_HMAC_KEY=rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ="), "planted").size());
        assertEquals(List.of(), findings(List.of("GET /requests/REQ-2026-000123 200 12ms user=olena",
                "Keycloak realm procurement imported"), "clean"));
    }

    @Test
    @Order(2)
    void noLogLineContainsATokenAPasswordOrASecret() throws IOException {
        Path logs = Suite.get().logsDir();
        List<String> found = new ArrayList<>();
        int files = 0;
        long lines = 0;
        try (Stream<Path> paths = Files.list(logs)) {
            for (Path log : paths.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> content = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
                files++;
                lines += content.size();
                found.addAll(findings(content, log.getFileName().toString()));
            }
        }
        assertTrue(files >= 3, "service logs in " + logs);
        Story.say("scanned %d lines in %d logs under %s: %d contain a token, a demo password or a client secret",
                lines, files, logs, found.size());
        assertEquals(List.of(), found, String.join("\n", found));
    }

    private static List<String> findings(List<String> lines, String source) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (Map.Entry<String, Pattern> secret : SECRETS.entrySet()) {
                if (secret.getValue().matcher(line).find()) {
                    // Never repeat the secret itself in the test report.
                    found.add("%s:%d has %s".formatted(source, i + 1, secret.getKey()));
                }
            }
        }
        return found;
    }
}
