package org.procurement.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.procurement.stack.ServiceSpec;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak stops under load. Tokens already issued keep working for reads (the services verify signatures with the
 * keys they fetched), the services stay ready, the outboxes keep delivering with the service-account tokens they hold;
 * new sign-ins fail at once, and writes by people are refused 503 because no one can confirm their session is still
 * active. When Keycloak returns, new sign-ins and writes work again.
 */
class KeycloakOutageIT {

    @Test
    void issuedTokensKeepWorkingWhileKeycloakIsDownAndNewSignInsResumeWhenItReturns() {
        Suite suite = Suite.get();
        for (String user : List.of("olena", "taras", "audrey")) {
            Keycloak.token(user);   // signed in before the outage
        }
        Ledger ledger = new Ledger("Keycloak outage load", 30);
        Load load = new Load("keycloak-outage", 3, (l, client) -> {
            switch (client) {
                case 0 -> ledger.createAndSubmit(l, "olena");
                case 1 -> ledger.createAndSubmit(l, "taras");
                // taras is request-manager: he withdraws olena's requests as well as his own.
                default -> ledger.withdrawOldest(l, "taras");
            }
        });
        int casesBefore;
        try (load) {
            load.awaitCount("submit", "1-before", Load::success, 4, Duration.ofSeconds(60));
            load.phase("2-outage");
            suite.stopKeycloak();
            try {
                int submittedAtStop = ledger.submitted.size();
                var signIn = RestAssured.given().formParam("grant_type", "password")
                        .formParam("client_id", "procurement-tests").formParam("username", "olena")
                        .formParam("password", "olena-pw");
                long started = System.nanoTime();
                Exception refused = null;
                try {
                    signIn.post(suite.realmUrl() + "/protocol/openid-connect/token");
                } catch (Exception e) {
                    refused = e;
                }
                assertTrue(refused instanceof java.net.ConnectException, "a new sign-in is refused: " + refused);
                Story.say("a new sign-in fails at once (%s, after %d ms)", refused.getClass().getSimpleName(),
                        (System.nanoTime() - started) / 1_000_000);

                for (ServiceSpec service : ServiceSpec.ALL) {
                    String path = service == ServiceSpec.CATALOG ? "/catalog/categories"
                            : service == ServiceSpec.REQUEST ? "/requests" : "/policies";
                    assertEquals(200, Http.get("audrey", service, path).status(), service.name() + " with audrey's token");
                    assertEquals(200, DatabaseOutageIT.health(service, "ready"), service.name() + " stays ready");
                }
                Story.say("audrey's token, issued before the outage, is accepted by all three services; all stay ready");
                // Writes need Keycloak to confirm the session is still active: once the last answer has aged out of
                // the cache (2 s here, 30 s in production) they are refused, never let through unchecked.
                load.awaitCount("create", "2-outage", KeycloakOutageIT::sessionUncheckable, 4, Duration.ofSeconds(60));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        countCases(ledger) >= submittedAtStop);
                casesBefore = (int) countCases(ledger);
                Story.say("writes by signed-in users are refused 503 identity-provider-unavailable (%d so far) while "
                        + "every request submitted before the outage got its case (%d): the outboxes deliver with the "
                        + "service-account tokens the services hold", load.count("create", "2-outage",
                        KeycloakOutageIT::sessionUncheckable), casesBefore);

                // A service that starts while Keycloak is down has neither the realm's keys nor a token of its own.
                suite.kill(ServiceSpec.APPROVAL);
                suite.start(ServiceSpec.APPROVAL);
                Http.Reply keyless = Http.get("audrey", ServiceSpec.APPROVAL, "/policies");
                assertEquals(503, keyless.status(), keyless.label());
                assertTrue(keyless.problem(), keyless.contentType());
                Story.say("approval-service, restarted while Keycloak is down, is ready but answers 503 problem documents "
                        + "(%s)", keyless.label());
            } finally {
                suite.startKeycloak();
            }
            load.phase("3-after");
            String fresh = Keycloak.freshTokenVia("procurement-tests", "olena");
            assertNotEquals(Keycloak.token("olena"), fresh);
            assertEquals(200, Http.send(fresh, suite.url(ServiceSpec.REQUEST) + "/requests", "GET", null, Map.of()).status());
            Story.say("Keycloak is back: olena signs in anew and request-service accepts the new token");
            load.awaitCount("submit", "3-after", Load::success, 4, Duration.ofSeconds(60));
        }
        assertEquals(List.of(), load.crashes(), "client errors");
        assertEquals(List.of(), load.unacceptable(), "every answer a success or a problem document");
        // During the outage a write is refused only because its session cannot be checked; nothing else fails.
        java.util.function.Predicate<String> failedOtherwise = label -> Load.failure(label)
                && !sessionUncheckable(label);
        assertEquals(0, load.count("create", "2-outage", failedOtherwise) + load.count("submit", "2-outage", failedOtherwise)
                + load.count("withdraw", "2-outage", failedOtherwise), "writes fail only for want of Keycloak: "
                + load.summary());
        Story.say("Keycloak outage: %s (load: %s)", ledger.reconcile(Duration.ofSeconds(120)), load.summary());
        ledger.withdrawTheRest("taras");
    }

    private static boolean sessionUncheckable(String label) {
        return label.equals("503 identity-provider-unavailable");
    }

    private static long countCases(Ledger ledger) {
        return Sql.number(org.procurement.stack.Database.APPROVAL,
                "SELECT count(*) FROM approval_case WHERE request_id = ANY(?)", Ledger.ids(ledger.submitted));
    }
}
