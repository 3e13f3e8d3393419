package org.procurement.testing.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventContractTest {

    @Test
    void aMessageShapedLikeTheContractPassesWithNullsForOptionalValues() {
        ObjectNode sent = EventContract.fixture("case-closed");
        sent.putNull("conditions");
        sent.put("reason", "Destination under embargo");
        assertDoesNotThrow(() -> EventContract.assertShape("case-closed", sent));
    }

    @Test
    void aMissingAnExtraOrARetypedFieldIsNamed() {
        ObjectNode missing = EventContract.fixture("open-case");
        missing.remove("currency");
        assertTrue(assertThrows(AssertionError.class, () -> EventContract.assertShape("open-case", missing))
                .getMessage().contains("currency is in the contract but not sent"));
        ObjectNode extra = EventContract.fixture("open-case");
        ((ObjectNode) extra.get("lines").get(0)).put("discount", 3);
        assertTrue(assertThrows(AssertionError.class, () -> EventContract.assertShape("open-case", extra))
                .getMessage().contains("lines[0].discount is sent but not in the contract"));
        ObjectNode retyped = EventContract.fixture("open-case");
        retyped.put("round", "1");
        assertTrue(assertThrows(AssertionError.class, () -> EventContract.assertShape("open-case", retyped))
                .getMessage().contains("round is STRING, the contract says NUMBER"));
    }

    @Test
    void aDocumentTakesTheReceiversIdsButNoFieldTheContractLacks() {
        assertTrue(EventContract.document("case-cancellation", Map.of("round", 2)).contains("\"round\":2"));
        assertThrows(IllegalArgumentException.class, () -> EventContract.document("case-cancellation", Map.of("x", 1)));
    }
}
