package org.procurement.support.http;

import org.junit.jupiter.api.Test;
import org.procurement.support.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** If-Match as RFC 9110 defines it: strong comparison, any of a list, or "*". */
class EntityTagsTest {

    @Test
    void theCurrentVersionOrAnyMatches() {
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("*", 3));
    }

    @Test
    void aWeakTagNeverMatchesIfMatch() {
        ProblemException refused = assertThrows(ProblemException.class, () -> EntityTags.requireMatch("W/\"3\"", 3));
        assertEquals(412, refused.status());
        assertDoesNotThrow(() -> EntityTags.requireMatch("W/\"3\", \"3\"", 3));
    }

    @Test
    void anOlderOrMissingVersionIsRefused() {
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.requireMatch("\"2\"", 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.requireMatch(" ", 3)).status());
    }
}
