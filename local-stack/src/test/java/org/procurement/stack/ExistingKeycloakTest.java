package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The readiness check of an existing Keycloak (KEYCLOAK_URL), against a real socket each time. */
class ExistingKeycloakTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void nothingListeningFailsCleanlyNamingTheUrlAndTheRealmFile() {
        int port = FreePorts.find();
        String url = "http://127.0.0.1:" + port;
        StartupException e = assertThrows(StartupException.class, () -> ExistingKeycloak.check(url, TIMEOUT));
        assertEquals("keycloak", e.part());
        assertTrue(e.getMessage().startsWith("keycloak: no answer from " + url
                + "/realms/procurement/.well-known/openid-configuration (ConnectException"), e.getMessage());
        assertTrue(e.getMessage().contains("import deploy/keycloak/procurement-realm.json there"), e.getMessage());
        assertTrue(e.log().isEmpty(), "no log of ours to show for a server we did not start");
    }

    @Test
    void aKeycloakWithoutTheRealmIsToldToImportIt() throws Exception {
        try (StandInKeycloak keycloak = new StandInKeycloak("master", 200, "{\"issuer\":\"x\"}")) {
            StartupException e = assertThrows(StartupException.class, () -> ExistingKeycloak.check(keycloak.url(), TIMEOUT));
            assertEquals("keycloak", e.part());
            assertTrue(e.getMessage().contains("answered HTTP 404: there is no realm 'procurement'"), e.getMessage());
            assertTrue(e.getMessage().contains("import deploy/keycloak/procurement-realm.json there"), e.getMessage());
        }
    }

    @Test
    void somethingElseThanKeycloakIsRejected() throws Exception {
        try (StandInKeycloak notKeycloak = new StandInKeycloak("procurement", 200, "<html>hello</html>")) {
            StartupException e = assertThrows(StartupException.class,
                    () -> ExistingKeycloak.check(notKeycloak.url(), TIMEOUT));
            assertTrue(e.getMessage().contains("answered, but not with an OpenID configuration"), e.getMessage());
        }
        try (StandInKeycloak broken = new StandInKeycloak("procurement", 503, "{\"issuer\":\"x\"}")) {
            StartupException e = assertThrows(StartupException.class, () -> ExistingKeycloak.check(broken.url(), TIMEOUT));
            assertTrue(e.getMessage().contains("answered HTTP 503;"), e.getMessage());
            assertFalse(e.getMessage().contains("there is no realm"), e.getMessage());
        }
    }

    @Test
    void aKeycloakWithTheRealmPassesAndAnnouncesItsIssuer() throws Exception {
        try (StandInKeycloak keycloak = StandInKeycloak.withRealm()) {
            assertEquals(keycloak.url() + "/realms/procurement", ExistingKeycloak.check(keycloak.url(), TIMEOUT));
        }
    }
}
