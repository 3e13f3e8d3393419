package org.procurement.testing.fuzz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to reach each operation of a service with a fuzz input: who calls it, which path values exist, which
 * headers and which valid body to mutate. Every operation of the OpenAPI document must be named here, so a new
 * endpoint fails the fuzz suite until someone says how to call it.
 */
public final class FuzzPlan {

    private final Map<String, OperationSetup> operations = new LinkedHashMap<>();

    /**
     * The setup of one operation, named as in the document: {@code "POST /requests/{id}/submit"}. Operations are
     * fuzzed in the order they are first named here.
     */
    public OperationSetup operation(String methodAndPath) {
        return operations.computeIfAbsent(methodAndPath, OperationSetup::new);
    }

    Map<String, OperationSetup> operations() {
        return Collections.unmodifiableMap(operations);
    }
}
