package org.procurement.approval.policy;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Facts that come from configuration rather than from the request: which destinations are at war. */
public record RoutingContext(Set<String> conflictZones) {

    public RoutingContext {
        TreeSet<String> normalised = new TreeSet<>();
        conflictZones.forEach(zone -> normalised.add(zone.trim().toUpperCase()));
        conflictZones = Set.copyOf(normalised);
    }

    public static RoutingContext of(Collection<String> conflictZones) {
        return new RoutingContext(Set.copyOf(conflictZones));
    }

    public boolean inConflictZone(String country) {
        return country != null && conflictZones.contains(country.trim().toUpperCase());
    }

    String describeZones() {
        return new TreeSet<>(conflictZones).toString();
    }
}
