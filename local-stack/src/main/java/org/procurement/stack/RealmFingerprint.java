package org.procurement.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Remembers which realm file the data directory was created from: Keycloak imports the realm only into an empty
 * database, so an edited realm file has no effect until the data is reset, which the launcher points out.
 */
public final class RealmFingerprint {

    private final Path realmFile;
    private final Path store;

    public RealmFingerprint(Path realmFile, Path store) {
        this.realmFile = realmFile;
        this.store = store;
    }

    public void remember() {
        try {
            Files.createDirectories(store.getParent());
            Files.writeString(store, current() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if a fingerprint was remembered and the realm file no longer matches it. */
    public boolean changed() {
        try {
            return Files.isRegularFile(store) && !Files.readString(store, StandardCharsets.UTF_8).trim().equals(current());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String current() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realmFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
