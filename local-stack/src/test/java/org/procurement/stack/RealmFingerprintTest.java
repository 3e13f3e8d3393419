package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void noticesAnEditedRealmFileOnlyAfterAnImport() throws Exception {
        Path realm = dir.resolve("realm.json");
        Files.writeString(realm, "{\"realm\":\"procurement\"}");
        RealmFingerprint fingerprint = new RealmFingerprint(realm, dir.resolve("data/realm.sha256"));
        assertFalse(fingerprint.changed(), "nothing imported yet");
        fingerprint.remember();
        assertFalse(fingerprint.changed());
        Files.writeString(realm, "{\"realm\":\"procurement\",\"enabled\":true}");
        assertTrue(fingerprint.changed());
    }
}
