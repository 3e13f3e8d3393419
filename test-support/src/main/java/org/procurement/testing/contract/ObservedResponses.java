package org.procurement.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers that kept the contract, one line per operation and status, in {@code target/response-contract}.
 * The file is shared by every application restart of one test run (Quarkus starts a new class loader per test
 * profile), so it is started afresh once per JVM, marked by a system property that all class loaders see.
 */
public final class ObservedResponses {

    public static final Path FILE = Path.of("target", "response-contract", "observed.txt");
    private static final String STARTED = "procurement.response-contract.started";
    private static final Set<String> WRITTEN = ConcurrentHashMap.newKeySet();

    private ObservedResponses() {
    }

    static synchronized void record(OpenApiContract.Operation operation, int status) {
        String line = operation.method().toUpperCase() + " " + operation.template() + " " + status;
        if (!WRITTEN.add(line)) {
            return;
        }
        try {
            Files.createDirectories(FILE.getParent());
            if (System.getProperty(STARTED) == null) {
                System.setProperty(STARTED, "true");
                Files.deleteIfExists(FILE);
            }
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
