package org.procurement.approval.policy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.approval.policy.Facts.UA_AT_WAR;
import static org.procurement.approval.policy.Facts.lethal;
import static org.procurement.approval.policy.Facts.tents;

class ConditionsTest {

    @Test
    void totalAtLeastIncludesTheAmountItself() {
        TotalAtLeast hundredMillion = new TotalAtLeast(new BigDecimal("100000000"));

        assertTrue(hundredMillion.evaluate(Facts.of(Priority.ROUTINE, "PL", "100000000.00", tents()), UA_AT_WAR).holds());
        Evaluation below = hundredMillion.evaluate(Facts.of(Priority.ROUTINE, "PL", "99999999.99", tents()), UA_AT_WAR);
        assertFalse(below.holds());
        assertEquals("the total 99999999.99 USD is below 100000000", below.because());
    }

    @Test
    void anyLineLethalNamesTheLethalLine() {
        Evaluation e = new AnyLineLethal().evaluate(Facts.of(Priority.ROUTINE, "UA", "1", tents(), lethal()), UA_AT_WAR);

        assertTrue(e.holds());
        assertEquals("line 2 (KR-ART-K9A1) is lethal", e.because());
        assertFalse(new AnyLineLethal().evaluate(Facts.of(Priority.ROUTINE, "UA", "1", tents()), UA_AT_WAR).holds());
    }

    @Test
    void anyLineMajorDefenseEquipmentLooksAtEveryLine() {
        LineFacts radar = new LineFacts("KR-RAD-1", false, true);

        assertTrue(new AnyLineMajorDefenseEquipment().evaluate(Facts.of(Priority.ROUTINE, "UA", "1", tents(), radar), UA_AT_WAR).holds());
        assertFalse(new AnyLineMajorDefenseEquipment().evaluate(Facts.of(Priority.ROUTINE, "UA", "1", tents()), UA_AT_WAR).holds());
    }

    @Test
    void destinationInConflictZoneUsesTheConfiguredList() {
        DestinationInConflictZone atWar = new DestinationInConflictZone();

        assertTrue(atWar.evaluate(Facts.of(Priority.ROUTINE, "UA", "1", tents()), UA_AT_WAR).holds());
        assertFalse(atWar.evaluate(Facts.of(Priority.ROUTINE, "PL", "1", tents()), UA_AT_WAR).holds());
        assertTrue(atWar.evaluate(Facts.of(Priority.ROUTINE, "PL", "1", tents()), RoutingContext.of(List.of(" ua", "pl"))).holds());
    }

    @Test
    void priorityIsComparesExactly() {
        PriorityIs emergency = new PriorityIs(Priority.EMERGENCY);

        assertTrue(emergency.evaluate(Facts.of(Priority.EMERGENCY, "UA", "1", tents()), UA_AT_WAR).holds());
        assertEquals("the priority is URGENT, not EMERGENCY",
                emergency.evaluate(Facts.of(Priority.URGENT, "UA", "1", tents()), UA_AT_WAR).because());
    }

    @Test
    void allNeedsEveryPartAndExplainsWhatFailed() {
        All lethalToWar = new All(List.of(new AnyLineLethal(), new DestinationInConflictZone()));

        assertTrue(lethalToWar.evaluate(Facts.of(Priority.ROUTINE, "UA", "1", lethal()), UA_AT_WAR).holds());
        Evaluation toPoland = lethalToWar.evaluate(Facts.of(Priority.ROUTINE, "PL", "1", lethal()), UA_AT_WAR);
        assertFalse(toPoland.holds());
        assertEquals("the destination PL is not in the conflict-zone list [UA]", toPoland.because());
    }

    @Test
    void anyNeedsOnePartAndExplainsWhatHeld() {
        Any bigOrUrgent = new Any(List.of(new TotalAtLeast(new BigDecimal("1000")), new PriorityIs(Priority.EMERGENCY)));

        Evaluation urgent = bigOrUrgent.evaluate(Facts.of(Priority.EMERGENCY, "UA", "10", tents()), UA_AT_WAR);
        assertTrue(urgent.holds());
        assertEquals("the priority is EMERGENCY", urgent.because());
        Evaluation neither = bigOrUrgent.evaluate(Facts.of(Priority.ROUTINE, "UA", "10", tents()), UA_AT_WAR);
        assertFalse(neither.holds());
        assertEquals("the total 10 USD is below 1000 and the priority is ROUTINE, not EMERGENCY", neither.because());
    }

    @Test
    void conditionsRoundTripThroughTheirJsonForm() throws Exception {
        String json = "{\"type\":\"any\",\"of\":[{\"type\":\"all\",\"of\":[{\"type\":\"anyLineLethal\"},"
                + "{\"type\":\"destinationInConflictZone\"}]},{\"type\":\"totalAtLeast\",\"amount\":100000000},"
                + "{\"type\":\"priorityIs\",\"priority\":\"EMERGENCY\"},{\"type\":\"anyLineMajorDefenseEquipment\"}]}";

        Condition read = DefaultPolicy.JSON.readValue(json, Condition.class);

        assertEquals(new Any(List.of(new All(List.of(new AnyLineLethal(), new DestinationInConflictZone())),
                new TotalAtLeast(new BigDecimal("100000000")), new PriorityIs(Priority.EMERGENCY),
                new AnyLineMajorDefenseEquipment())), read);
        assertEquals(json, DefaultPolicy.JSON.writeValueAsString(read));
    }

    @Test
    void malformedConditionsAreNamedByPath() {
        Condition broken = new Any(List.of(new All(List.of()), new TotalAtLeast(null), new PriorityIs(null)));

        assertEquals(List.of(new PolicyViolation("c.of[0].of", "must list at least one condition"),
                new PolicyViolation("c.of[1].amount", "is required"),
                new PolicyViolation("c.of[2].priority", "is required")), broken.check("c"));
    }
}
