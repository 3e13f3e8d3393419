package org.procurement.testing.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The messages services send each other through their outboxes, fixed once as JSON documents in
 * {@code test-support/src/main/resources/contracts} and used by both sides' tests: the sender checks the shape of
 * what it enqueues ({@link #assertShape}), the receiver accepts the document ({@link #document}). See the README
 * beside the documents.
 */
public final class EventContract {

    /** Amounts keep their scale (21000000.00 stays so), as the services' own JSON writes them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private EventContract() {
    }

    /** The contract document, e.g. {@code fixture("case-closed")}. */
    public static ObjectNode fixture(String name) {
        try (InputStream in = EventContract.class.getResourceAsStream("/contracts/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no event contract named " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract document with some top-level values replaced (ids the receiver knows), as JSON text. */
    public static String document(String name, Map<String, ?> values) {
        ObjectNode document = fixture(name);
        values.forEach((field, value) -> {
            if (!document.has(field)) {
                throw new IllegalArgumentException(name + " has no field " + field);
            }
            document.set(field, JSON.valueToTree(value));
        });
        return document.toString();
    }

    /** The first element of one of the contract's arrays with some values replaced, to build longer lists. */
    public static ObjectNode element(String name, String arrayField, Map<String, ?> values) {
        ObjectNode element = (ObjectNode) fixture(name).get(arrayField).get(0);
        values.forEach((field, value) -> {
            if (!element.has(field)) {
                throw new IllegalArgumentException(name + " " + arrayField + "[] has no field " + field);
            }
            element.set(field, JSON.valueToTree(value));
        });
        return element;
    }

    /**
     * Fails unless {@code sent} has exactly the contract's fields, recursively, each with the same JSON type (a null
     * on either side matches any type: optional values are sent as null). Array elements are compared with the
     * contract's first element.
     */
    public static void assertShape(String name, JsonNode sent) {
        List<String> differences = new ArrayList<>();
        compare("", fixture(name), sent, differences);
        if (!differences.isEmpty()) {
            throw new AssertionError("the message breaks the event contract " + name + ".json: "
                    + String.join("; ", differences));
        }
    }

    private static void compare(String at, JsonNode contract, JsonNode sent, List<String> differences) {
        if (contract.isNull() || sent == null || sent.isNull()) {
            return;
        }
        if (contract.getNodeType() != sent.getNodeType()) {
            differences.add((at.isEmpty() ? "the message" : at) + " is " + sent.getNodeType() + ", the contract says "
                    + contract.getNodeType());
            return;
        }
        if (contract.isObject()) {
            TreeSet<String> fields = new TreeSet<>();
            contract.fieldNames().forEachRemaining(fields::add);
            sent.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                String path = at.isEmpty() ? field : at + "." + field;
                if (!contract.has(field)) {
                    differences.add(path + " is sent but not in the contract");
                } else if (!sent.has(field)) {
                    differences.add(path + " is in the contract but not sent");
                } else {
                    compare(path, contract.get(field), sent.get(field), differences);
                }
            }
        } else if (contract.isArray() && !contract.isEmpty()) {
            Iterator<JsonNode> elements = sent.elements();
            for (int i = 0; elements.hasNext(); i++) {
                compare(at + "[" + i + "]", contract.get(0), elements.next(), differences);
            }
        }
    }
}
