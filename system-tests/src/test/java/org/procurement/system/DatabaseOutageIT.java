package org.procurement.system;

import org.junit.jupiter.api.Test;
import org.procurement.stack.ServiceSpec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL (the one server holding the three services' databases and Keycloak's) stops under load and comes back
 * on the same data directory and port. While it is down the services say so: not ready (503), still alive, and every
 * call answered at once with a 503 problem document, never a 500 and never a hang. When it returns they recover by
 * themselves, and every call that was acknowledged with 2xx, before, during or after, is in the database, once.
 */
class DatabaseOutageIT {

    private static final HttpClient HEALTH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theServicesRideOutAPostgresRestartUnderLoadAndLoseNothingAcknowledged() {
        Suite suite = Suite.get();
        for (String user : List.of("olena", "taras", "minjun")) {
            Keycloak.token(user);   // signed in before the outage: Keycloak keeps its data in the same server
        }
        Ledger ledger = new Ledger("PG outage load", 30);
        Load load = new Load("pg-outage", 3, (l, client) -> {
            switch (client) {
                case 0 -> ledger.createAndSubmit(l, "olena");
                case 1 -> ledger.createAndSubmit(l, "taras");
                // taras is request-manager: he withdraws olena's requests as well as his own.
                default -> ledger.withdrawOldest(l, "taras");
            }
        });
        try (load) {
            load.awaitCount("submit", "1-before", Load::success, 6, Duration.ofSeconds(60));
            load.phase("2-outage");
            suite.stopPostgres();
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        ServiceSpec.ALL.stream().allMatch(service -> health(service, "ready") == 503));
                for (ServiceSpec service : ServiceSpec.ALL) {
                    assertEquals(200, health(service, "live"), service.name() + " stays alive (no restart needed)");
                }
                Story.say("all three services report not ready (503) and still alive (200)");
                load.awaitCount("create", "2-outage", Load::failure, 3, Duration.ofSeconds(60));
                assertCleanRefusal(Http.get("olena", ServiceSpec.REQUEST, "/requests"));
                assertCleanRefusal(Http.get("minjun", ServiceSpec.APPROVAL, "/cases"));
                assertCleanRefusal(Http.get("olena", ServiceSpec.CATALOG, "/catalog/items/" + Ledger.FIRST_AID_KIT));
                Story.say("reads and writes at each service are refused at once with 503 problem documents");
            } finally {
                suite.startPostgres();
            }
            load.phase("3-after");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                    ServiceSpec.ALL.stream().allMatch(service -> health(service, "ready") == 200));
            Story.say("all three services are ready again without being restarted");
            load.awaitCount("submit", "3-after", Load::success, 6, Duration.ofSeconds(120));
        }
        assertEquals(List.of(), load.crashes(), "client errors");
        assertEquals(List.of(), load.unacceptable(), "every answer is a success, a problem document or a 503 problem");
        int refused = 0;
        int refusedOtherThan503 = 0;
        for (String operation : List.of("create", "submit", "withdraw")) {
            refused += load.count(operation, "2-outage", Load::failure);
            refusedOtherThan503 += load.count(operation, "2-outage", label -> !label.startsWith("2") && !label.startsWith("503"));
        }
        assertTrue(refused > 0, "the outage was felt by the load");
        assertEquals(0, refusedOtherThan503, "while the database is down, calls fail only with 503: " + load.summary());

        String account = ledger.reconcile(Duration.ofSeconds(120));
        Story.say("PostgreSQL outage: %s; during the outage %d calls were refused with 503 (load: %s)", account,
                refused, load.summary());
        ledger.withdrawTheRest("taras");

        // Keycloak keeps its data in the same server: new sign-ins work again too (later tests need them).
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> Keycloak.freshTokenVia("procurement-tests", "olena") != null);
        assertEquals(200, Http.send(Keycloak.freshTokenVia("procurement-tests", "taras"),
                suite.url(ServiceSpec.REQUEST) + "/requests", "GET", null, java.util.Map.of()).status());
        Story.say("Keycloak issues tokens again after the outage, and the services accept them");
    }

    private static void assertCleanRefusal(Http.Reply reply) {
        assertEquals(503, reply.status(), reply.label());
        assertTrue(reply.problem(), "a problem document: " + reply.contentType());
    }

    /** The status of /q/health/{kind}; 0 if it does not answer. */
    static int health(ServiceSpec service, String kind) {
        try {
            return HEALTH.send(HttpRequest.newBuilder(URI.create(Suite.get().managementUrl(service) + "/q/health/" + kind))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
