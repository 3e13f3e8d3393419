package org.procurement.testing.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Run after a service's tests (failsafe, {@code *IT}): every operation in the document the build stored in
 * {@code target/openapi} was answered at least once with a documented success and once with a documented
 * failure, each checked against its schema by {@link ResponseContractFilter}.
 */
public abstract class ResponseCoverageContract {

    private static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");

    @Test
    void everyOperationWasAnsweredWithASuccessAndAFailureThatKeptTheContract() throws IOException {
        assertTrue(Files.exists(DOCUMENT), DOCUMENT + " is missing: the build stores it (quarkus.smallrye-openapi."
                + "store-schema-directory)");
        if (!Files.exists(ObservedResponses.FILE)) {
            fail(ObservedResponses.FILE + " is missing: run the service's tests first (./mvnw verify)");
        }
        Set<String> observed = new HashSet<>(Files.readAllLines(ObservedResponses.FILE));
        List<String> gaps = new ArrayList<>();
        for (OpenApiContract.Operation operation : OpenApiContract.parse(Files.readString(DOCUMENT)).operations()) {
            String name = operation.method().toUpperCase() + " " + operation.template();
            boolean success = observed.stream().anyMatch(line -> line.startsWith(name + " 2"));
            boolean failure = observed.stream().anyMatch(line -> line.startsWith(name + " 4"));
            if (!success) {
                gaps.add(name + " (" + operation.id() + "): no success answer seen");
            }
            if (!failure) {
                gaps.add(name + " (" + operation.id() + "): no failure answer seen");
            }
        }
        assertTrue(gaps.isEmpty(), "operations not driven through their contract by the tests:\n  "
                + String.join("\n  ", gaps));
    }
}
