package org.procurement.system;

import org.junit.jupiter.api.Test;
import org.procurement.stack.ServiceSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A token stays valid by its signature until it expires (at most 5 minutes), but a person who signs out, or whom an
 * administrator disables, loses the power to change anything at once: every kind of write asks Keycloak whether the
 * token's session is still active and answers 401 {@code session-ended} when it is not. Reads keep working on the
 * signature alone until the token expires.
 */
class SessionEndIT {

    private static final String CLIENT = "procurement-tests";
    /** A demo catalogue item (combat helmets). */
    private static final String HELMET = "6ab209f0-cf72-5702-81f2-9c164bfff5bb";

    /** One write of each kind, by a user whose roles allow it (so the only reason to refuse is the session). */
    private record Write(String user, ServiceSpec service, String method, String path, Object body) {
    }

    private static List<Write> writes(String requestId, String itemId) {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> draft = Map.of("title", "Written after signing out");
        return List.of(
                new Write("olena", ServiceSpec.REQUEST, "POST", "/requests", draft),
                new Write("olena", ServiceSpec.REQUEST, "POST", "/requests/" + requestId + "/submit", null),
                new Write("olena", ServiceSpec.REQUEST, "POST", "/requests/" + requestId + "/withdraw",
                        Map.of("reason", "after signing out")),
                new Write("minjun", ServiceSpec.APPROVAL, "POST", "/cases/" + caseId + "/stages/technical-review/decisions",
                        Map.of("outcome", "APPROVE")),
                new Write("daeho", ServiceSpec.APPROVAL, "POST", "/policies", Map.of("stages", List.of())),
                new Write("daeho", ServiceSpec.APPROVAL, "POST", "/policies/proposals/" + UUID.randomUUID() + "/approval",
                        null),
                new Write("admin", ServiceSpec.CATALOG, "PUT", "/catalog/items/" + itemId, Map.of("name", "x")),
                new Write("admin", ServiceSpec.CATALOG, "POST", "/catalog/items", Map.of("sku", "SIGNED-OUT")));
    }

    @Test
    void afterSigningOutEveryKindOfWriteIsRefusedWhileReadsStillWork() {
        String requestId = Api.createDraft("olena", Map.of("title", "Kept to be written to after signing out"));
        String itemId = HELMET;
        Map<String, Keycloak.SignedIn> sessions = new LinkedHashMap<>();
        for (String user : List.of("olena", "minjun", "daeho", "admin")) {
            Keycloak.SignedIn session = Keycloak.freshSignIn(CLIENT, user);
            Keycloak.signOut(CLIENT, session);
            sessions.put(user, session);
        }
        List<String> wrong = new ArrayList<>();
        for (Write write : writes(requestId, itemId)) {
            Http.Reply reply = Http.send(sessions.get(write.user()).access(), Suite.get().url(write.service())
                    + write.path(), write.method(), write.body(), Map.of());
            if (reply.status() != 401 || !reply.problem() || !"session-ended".equals(slug(reply))) {
                wrong.add(write.user() + " " + write.method() + " " + write.path() + " -> " + reply.label());
            }
        }
        assertEquals(List.of(), wrong, "every write after signing out is 401 session-ended");
        assertEquals(200, Http.send(sessions.get("olena").access(), Suite.get().url(ServiceSpec.REQUEST)
                + "/requests/" + requestId, "GET", null, Map.of()).status(), "a read relies on the signature");
        assertEquals(200, Http.send(sessions.get("admin").access(), Suite.get().url(ServiceSpec.CATALOG)
                + "/catalog/items/" + itemId, "GET", null, Map.of()).status());
        assertEquals("DRAFT", Api.status("olena", requestId), "nothing was changed");
        Story.say("signed out (olena, minjun, daeho, admin): %d writes of every kind answered 401 session-ended, "
                + "reads with the same tokens 200, the draft unchanged", writes(requestId, itemId).size());
    }

    @Test
    void aDisabledUserCannotWriteWithATokenIssuedBefore() {
        Keycloak.SignedIn session = Keycloak.freshSignIn(CLIENT, "taras");
        String url = Suite.get().url(ServiceSpec.REQUEST) + "/requests";
        Map<String, Object> draft = Map.of("title", "Before and after being disabled");
        Http.Reply before = Http.send(session.access(), url, "POST", draft, Map.of());
        assertEquals(201, before.status(), before.label());
        KeycloakAdmin.setUserEnabled("taras", false);
        try {
            Http.Reply after = Http.send(Keycloak.freshSignIn(CLIENT, "olena").access(), url, "GET", null, Map.of());
            assertEquals(200, after.status());
            // taras's answer was cached as active by the first write; within the cache's lifetime (SESSION_CHECK_CACHE_TTL,
            // 2 s in the system tests) the disabled account loses its writes.
            Http.Reply refused = null;
            for (int attempt = 0; attempt < 20; attempt++) {
                refused = Http.send(session.access(), url, "POST", draft, Map.of());
                if (refused.status() == 401) {
                    break;
                }
                sleep(500);
            }
            assertEquals(401, refused.status(), refused.label());
            assertEquals("session-ended", slug(refused));
        } finally {
            KeycloakAdmin.setUserEnabled("taras", true);
        }
        Story.say("taras wrote (201), an administrator disabled him, and the same token's next writes were refused 401 "
                + "session-ended");
    }

    private static String slug(Http.Reply reply) {
        String type = reply.text("type");
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
