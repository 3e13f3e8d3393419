package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The minimum sign-off no policy may go below, set by the deployment rather than by the policy document: roles that
 * must decide a stage of every case, and roles that must decide a stage of every case with a lethal line bound for
 * a conflict zone. A policy is checked against it for every combination of the facts its conditions can see, so a
 * policy that passes cannot route any request around the floor.
 */
public record PolicyFloor(Set<String> everyCase, Set<String> lethalToConflictZone) {

    public static final String EVERY_CASE = "floor.every-case";
    public static final String LETHAL_TO_CONFLICT_ZONE = "floor.lethal-to-conflict-zone";

    private static final String IN_ZONE = "ZZ";
    private static final String OUTSIDE_ZONE = "QQ";
    private static final RoutingContext PROBE_CONTEXT = RoutingContext.of(List.of(IN_ZONE));

    public PolicyFloor {
        everyCase = normalise(everyCase);
        lethalToConflictZone = normalise(lethalToConflictZone);
    }

    public static PolicyFloor of(Collection<String> everyCase, Collection<String> lethalToConflictZone) {
        return new PolicyFloor(Set.copyOf(everyCase), Set.copyOf(lethalToConflictZone));
    }

    /**
     * Every floor rule the policy breaks, one violation per rule and missing role, each with one example of facts
     * that escape it. Only meaningful for a policy whose own {@link Policy#check()} is clean.
     */
    public List<PolicyViolation> check(Policy policy) {
        List<PolicyViolation> violations = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (RequestFacts facts : probes(policy)) {
            Set<String> routed = policy.route(facts, PROBE_CONTEXT).stream()
                    .filter(StageRouting::applies)
                    .filter(r -> r.stage().quorum() >= 1)
                    .map(r -> r.stage().role())
                    .collect(Collectors.toSet());
            boolean lethalToZone = IN_ZONE.equals(facts.destinationCountry())
                    && facts.lines().stream().anyMatch(LineFacts::lethal);
            report(EVERY_CASE, everyCase, routed, facts, violations, reported);
            if (lethalToZone) {
                report(LETHAL_TO_CONFLICT_ZONE, lethalToConflictZone, routed, facts, violations, reported);
            }
        }
        return violations;
    }

    private static void report(String rule, Set<String> required, Set<String> routed, RequestFacts facts,
                               List<PolicyViolation> violations, Set<String> reported) {
        for (String role : required) {
            if (!routed.contains(role) && reported.add(rule + "/" + role)) {
                violations.add(new PolicyViolation("stages", rule + ": no stage decided by role " + role
                        + " applies to " + describe(facts) + "; the deployment requires one"
                        + (rule.equals(EVERY_CASE) ? " on every case" : " on every case with a lethal line bound for a conflict zone")));
            }
        }
    }

    /**
     * Conditions see the priority, the destination (in a conflict zone or not), whether any line is lethal or major
     * defence equipment, and the total, through thresholds only: totals between two thresholds route alike, so 0 and
     * each threshold the policy names stand for every total.
     */
    static List<RequestFacts> probes(Policy policy) {
        Set<BigDecimal> totals = new TreeSet<>(BigDecimal::compareTo);
        totals.add(BigDecimal.ZERO);
        policy.stages().forEach(stage -> thresholds(stage.condition(), totals));
        List<RequestFacts> probes = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            for (String destination : List.of(IN_ZONE, OUTSIDE_ZONE)) {
                for (boolean lethal : List.of(false, true)) {
                    for (boolean major : List.of(false, true)) {
                        for (BigDecimal total : totals) {
                            probes.add(new RequestFacts(priority, destination, total, "USD",
                                    List.of(new LineFacts("FLOOR-PROBE", lethal, major))));
                        }
                    }
                }
            }
        }
        return probes;
    }

    private static void thresholds(Condition condition, Set<BigDecimal> into) {
        if (condition instanceof TotalAtLeast t && t.amount() != null) {
            into.add(t.amount());
        } else if (condition instanceof All all && all.of() != null) {
            all.of().forEach(c -> thresholds(c, into));
        } else if (condition instanceof Any any && any.of() != null) {
            any.of().forEach(c -> thresholds(c, into));
        }
    }

    private static String describe(RequestFacts facts) {
        LineFacts line = facts.lines().get(0);
        return "a " + facts.priority() + " request " + (IN_ZONE.equals(facts.destinationCountry())
                ? "bound for a conflict zone" : "bound outside the conflict zones")
                + (line.lethal() ? ", with a lethal line" : ", with no lethal line")
                + (line.majorDefenseEquipment() ? ", with major defence equipment" : ", with no major defence equipment")
                + ", total " + facts.total().toPlainString();
    }

    private static Set<String> normalise(Set<String> roles) {
        return roles.stream().map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
