package org.procurement.testing.fuzz;

import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one operation needs so that fuzz inputs get past authentication and routing to its validation: a token
 * with the right role, values for its path parameters (called afresh for every input, so a supplier may create a
 * new resource each time) and, optionally, headers and a valid body that replaces the document's example.
 */
public final class OperationSetup {

    private final String name;
    private Supplier<String> token = () -> null;
    private final Map<String, Supplier<String>> pathValues = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> headers = new LinkedHashMap<>();
    private Supplier<String> body;

    OperationSetup(String name) {
        this.name = name;
    }

    public OperationSetup as(DemoUser user) {
        String issued = Tokens.of(user);
        token = () -> issued;
        return this;
    }

    public OperationSetup asService(String clientId) {
        String issued = Tokens.service(clientId);
        token = () -> issued;
        return this;
    }

    public OperationSetup withToken(Supplier<String> token) {
        this.token = token;
        return this;
    }

    public OperationSetup path(String parameter, Supplier<String> value) {
        pathValues.put(parameter, value);
        return this;
    }

    public OperationSetup path(String parameter, String value) {
        return path(parameter, () -> value);
    }

    public OperationSetup header(String header, Supplier<String> value) {
        headers.put(header, value);
        return this;
    }

    /** A valid JSON body to mutate, instead of the example in the document. */
    public OperationSetup body(Supplier<String> json) {
        this.body = json;
        return this;
    }

    String name() {
        return name;
    }

    String token() {
        return token.get();
    }

    Map<String, Supplier<String>> pathValues() {
        return pathValues;
    }

    Map<String, Supplier<String>> headers() {
        return headers;
    }

    Supplier<String> body() {
        return body;
    }
}
