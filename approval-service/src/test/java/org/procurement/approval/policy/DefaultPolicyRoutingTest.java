package org.procurement.approval.policy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.approval.policy.Facts.UA_AT_WAR;
import static org.procurement.approval.policy.Facts.lethal;
import static org.procurement.approval.policy.Facts.tents;

class DefaultPolicyRoutingTest {

    final Policy policy = DefaultPolicy.load();

    @Test
    void theDefaultPolicyIsValid() {
        assertEquals(List.of(), policy.check());
    }

    @Test
    void lethalToAConflictZoneNeedsThePolicyBoard() {
        assertEquals(List.of("technical-review", "export-control", "policy-board", "final-authorization"),
                applying(Facts.of(Priority.URGENT, "UA", "21000000", lethal())));
    }

    @Test
    void nonLethalToAConflictZoneDoesNot() {
        assertEquals(List.of("technical-review", "export-control", "final-authorization"),
                applying(Facts.of(Priority.URGENT, "UA", "21000000", tents())));
    }

    @Test
    void lethalOutsideConflictZonesDoesNot() {
        assertEquals(List.of("technical-review", "export-control", "final-authorization"),
                applying(Facts.of(Priority.URGENT, "PL", "21000000", lethal())));
    }

    @Test
    void oneHundredMillionOrMoreNeedsThePolicyBoardAnywhere() {
        assertEquals(List.of("technical-review", "export-control", "policy-board", "final-authorization"),
                applying(Facts.of(Priority.ROUTINE, "PL", "100000000", tents())));
        assertEquals(List.of("technical-review", "export-control", "final-authorization"),
                applying(Facts.of(Priority.ROUTINE, "PL", "99999999.99", tents())));
    }

    @Test
    void anEmptyConflictZoneListNeverTriggersTheBoardByDestination() {
        List<StageRouting> routing = policy.route(Facts.of(Priority.URGENT, "UA", "1", lethal()), RoutingContext.of(List.of()));
        assertEquals(false, routing.get(2).applies());
    }

    @Test
    void stagesWithTheSameOrderRunInParallel() {
        List<StageDefinition> stages = policy.stages();
        assertEquals(stages.get(0).order(), stages.get(1).order());
        assertTrue(stages.get(2).order() > stages.get(1).order());
        assertEquals(2, stages.get(2).quorum());
    }

    @Test
    void dueTimesAreTenFiveAndTwoDays() {
        StageDefinition review = policy.stages().get(0);
        assertEquals(Duration.ofDays(10), review.dueAfter(Priority.ROUTINE));
        assertEquals(Duration.ofDays(5), review.dueAfter(Priority.URGENT));
        assertEquals(Duration.ofDays(2), review.dueAfter(Priority.EMERGENCY));
    }

    private List<String> applying(RequestFacts facts) {
        return policy.route(facts, UA_AT_WAR).stream().filter(StageRouting::applies).map(r -> r.stage().key()).toList();
    }
}
