package org.procurement.approval.policy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.approval.policy.PolicyFloorTest.DUE;

/** What the impact replay reports for one case: stages added, removed, or kept with another role or quorum. */
class RouteChangeTest {

    static final Policy DEFAULT = DefaultPolicy.load();

    static Policy replacing(String key, StageDefinition replacement) {
        List<StageDefinition> stages = new ArrayList<>(DEFAULT.stages());
        stages.replaceAll(s -> s.key().equals(key) ? replacement : s);
        return new Policy("Changed", stages);
    }

    @Test
    void theSamePolicyChangesNoRoute() {
        RequestFacts artilleryToUkraine = Facts.of(Priority.ROUTINE, "UA", "1000", Facts.lethal());
        assertEquals(Optional.empty(), RouteChange.between(DEFAULT, DEFAULT, artilleryToUkraine, Facts.UA_AT_WAR));
    }

    @Test
    void aStageThatNowAppliesIsListedAsAdded() {
        StageDefinition board = DEFAULT.stages().stream().filter(s -> s.key().equals("policy-board")).findFirst().orElseThrow();
        Policy boardForEveryLethalLine = replacing("policy-board", new StageDefinition(board.key(), board.title(), null,
                board.role(), board.quorum(), board.order(), new AnyLineLethal(), board.due()));
        RequestFacts artilleryToPoland = Facts.of(Priority.ROUTINE, "PL", "1000", Facts.lethal());

        RouteChange change = RouteChange.between(DEFAULT, boardForEveryLethalLine, artilleryToPoland, Facts.UA_AT_WAR)
                .orElseThrow();
        assertEquals(List.of("policy-board"), change.added());
        assertEquals(List.of(), change.removed());
        assertTrue(change.after().contains("policy-board") && !change.before().contains("policy-board"), change.toString());
        // Tents to Poland route as before.
        assertEquals(Optional.empty(), RouteChange.between(DEFAULT, boardForEveryLethalLine,
                Facts.of(Priority.ROUTINE, "PL", "1000", Facts.tents()), Facts.UA_AT_WAR));
    }

    @Test
    void aStageKeptUnderItsKeyWithAnotherQuorumCountsAsAChange() {
        StageDefinition review = DEFAULT.stages().stream().filter(s -> s.key().equals("technical-review")).findFirst()
                .orElseThrow();
        Policy twoReviewers = replacing("technical-review", new StageDefinition(review.key(), review.title(), null,
                review.role(), review.quorum() + 1, review.order(), review.condition(), DUE));

        RouteChange change = RouteChange.between(DEFAULT, twoReviewers,
                Facts.of(Priority.ROUTINE, "PL", "1000", Facts.tents()), Facts.UA_AT_WAR).orElseThrow();
        assertEquals(List.of(), change.added());
        assertEquals(List.of(), change.removed());
        assertEquals(change.before(), change.after());
        assertEquals(1, change.changed().size(), change.toString());
        assertTrue(change.changed().get(0).startsWith("technical-review: reviewer ×1"), change.changed().get(0));
        assertTrue(change.changed().get(0).contains("→ reviewer ×2"), change.changed().get(0));
    }

    @Test
    void aStageKeptUnderItsKeyWithAnotherRoleCountsAsAChange() {
        StageDefinition review = DEFAULT.stages().stream().filter(s -> s.key().equals("technical-review")).findFirst()
                .orElseThrow();
        Policy authorizerReviews = replacing("technical-review", new StageDefinition(review.key(), review.title(), null,
                "authorizer", review.quorum(), review.order(), review.condition(), DUE));

        RouteChange change = RouteChange.between(DEFAULT, authorizerReviews,
                Facts.of(Priority.URGENT, "PL", "0", Facts.tents()), Facts.UA_AT_WAR).orElseThrow();
        assertEquals(1, change.changed().size(), change.toString());
        assertTrue(change.changed().get(0).contains("→ authorizer ×1"), change.changed().get(0));
    }

    @Test
    void theAggregatedTotalDecidesAThresholdInTheReplay() {
        // 60 million alone stays below the board's 100 million; counted with another request of the organisation for
        // the same item, it does not.
        RequestFacts alone = Facts.of(Priority.ROUTINE, "PL", "60000000", Facts.tents());
        StageDefinition board = DEFAULT.stages().stream().filter(s -> s.key().equals("policy-board")).findFirst().orElseThrow();
        Policy noThreshold = replacing("policy-board", new StageDefinition(board.key(), board.title(), null, board.role(),
                board.quorum(), board.order(), new All(List.of(new AnyLineLethal(), new DestinationInConflictZone())),
                board.due()));
        assertEquals(Optional.empty(), RouteChange.between(DEFAULT, noThreshold, alone, Facts.UA_AT_WAR));

        RequestFacts aggregated = alone.withAggregation(new Aggregation(new BigDecimal("120000000"), "PL-MOD",
                Duration.ofDays(90), List.of(new CountedRequest(UUID.randomUUID(), "REQ-1",
                        new BigDecimal("60000000")))));
        RouteChange change = RouteChange.between(DEFAULT, noThreshold, aggregated, Facts.UA_AT_WAR).orElseThrow();
        assertEquals(List.of("policy-board"), change.removed());
    }
}
