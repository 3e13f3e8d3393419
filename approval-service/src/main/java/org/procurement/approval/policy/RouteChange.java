package org.procurement.approval.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one request's route differs between two policies: the stages that apply under each (key, role, quorum),
 * which were added or removed, and which kept their key but changed who decides or how many must.
 */
public record RouteChange(List<String> before, List<String> after, List<String> added, List<String> removed,
                          List<String> changed) {

    /** The difference, or empty when both policies route the facts through the same stages. */
    public static Optional<RouteChange> between(Policy current, Policy proposed, RequestFacts facts, RoutingContext context) {
        Map<String, StageDefinition> before = applying(current, facts, context);
        Map<String, StageDefinition> after = applying(proposed, facts, context);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(added::add);
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(removed::add);
        for (var entry : before.entrySet()) {
            StageDefinition then = entry.getValue();
            StageDefinition now = after.get(entry.getKey());
            if (now != null && (!Objects.equals(then.role(), now.role()) || then.quorum() != now.quorum()
                    || then.order() != now.order())) {
                changed.add(entry.getKey() + ": " + then.role() + " ×" + then.quorum() + " (order " + then.order()
                        + ") → " + now.role() + " ×" + now.quorum() + " (order " + now.order() + ")");
            }
        }
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RouteChange(List.copyOf(before.keySet()), List.copyOf(after.keySet()), added, removed,
                changed));
    }

    private static Map<String, StageDefinition> applying(Policy policy, RequestFacts facts, RoutingContext context) {
        Map<String, StageDefinition> stages = new LinkedHashMap<>();
        policy.route(facts, context).stream().filter(StageRouting::applies)
                .forEach(r -> stages.put(r.stage().key(), r.stage()));
        return stages;
    }
}
