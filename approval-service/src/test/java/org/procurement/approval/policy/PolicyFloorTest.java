package org.procurement.approval.policy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyFloorTest {

    static final PolicyFloor FLOOR = PolicyFloor.of(Set.of("reviewer", "authorizer"), Set.of("export-control", "policy-board"));
    static final Map<Priority, String> DUE = Map.of(Priority.ROUTINE, "P10D", Priority.URGENT, "P5D", Priority.EMERGENCY, "P2D");

    static StageDefinition stage(String key, String role, int order, Condition condition) {
        return new StageDefinition(key, key, null, role, 1, order, condition, DUE);
    }

    static Policy withStages(List<StageDefinition> stages) {
        return new Policy("Test", stages);
    }

    @Test
    void theDefaultPolicyKeepsTheDefaultFloor() {
        assertEquals(List.of(), FLOOR.check(DefaultPolicy.load()));
    }

    @Test
    void aPolicyWithoutTheBoardForLethalEquipmentToAConflictZoneBreaksTheFloorNamingTheRule() {
        List<StageDefinition> stages = new ArrayList<>(DefaultPolicy.load().stages());
        stages.removeIf(s -> s.key().equals("policy-board"));
        List<PolicyViolation> violations = FLOOR.check(withStages(stages));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("stages", violations.get(0).field());
        assertTrue(violations.get(0).message().startsWith("floor.lethal-to-conflict-zone: no stage decided by role policy-board"),
                violations.get(0).message());
        assertTrue(violations.get(0).message().contains("with a lethal line"), violations.get(0).message());
    }

    @Test
    void aBoardOnlyFromAThresholdStillBreaksTheFloorBelowIt() {
        List<StageDefinition> stages = new ArrayList<>(DefaultPolicy.load().stages());
        stages.replaceAll(s -> s.key().equals("policy-board")
                ? new StageDefinition(s.key(), s.title(), null, s.role(), 2, s.order(),
                        new All(List.of(new AnyLineLethal(), new DestinationInConflictZone(),
                                new TotalAtLeast(new BigDecimal("1000000")))), DUE)
                : s);
        List<PolicyViolation> violations = FLOOR.check(withStages(stages));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).message().contains("total 0"), violations.get(0).message());
    }

    @Test
    void anAuthorizerOnlyInEmergenciesBreaksTheEveryCaseRule() {
        List<PolicyViolation> violations = FLOOR.check(withStages(List.of(
                stage("review", "reviewer", 1, null),
                stage("export", "export-control", 1, null),
                stage("board", "policy-board", 2, null),
                stage("final", "authorizer", 3, new PriorityIs(Priority.EMERGENCY)))));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).message().startsWith("floor.every-case: no stage decided by role authorizer"),
                violations.get(0).message());
        assertTrue(violations.get(0).message().contains("ROUTINE"), violations.get(0).message());
    }

    @Test
    void everyMissingRoleIsNamedOnce() {
        List<PolicyViolation> violations = FLOOR.check(withStages(List.of(stage("review", "reviewer", 1, null))));
        assertEquals(3, violations.size(), violations.toString());
    }

    @Test
    void aStricterPolicyThanTheFloorPasses() {
        assertEquals(List.of(), FLOOR.check(withStages(List.of(
                stage("review", "reviewer", 1, null),
                stage("export", "export-control", 1, null),
                stage("board", "policy-board", 2, null),
                stage("final", "authorizer", 3, null)))));
    }

    @Test
    void anEmptyFloorAcceptsAnyWellFormedPolicy() {
        PolicyFloor none = PolicyFloor.of(List.of(), List.of());
        assertEquals(List.of(), none.check(withStages(List.of(stage("review", "reviewer", 1, null)))));
    }
}
