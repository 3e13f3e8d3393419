package org.procurement.approval.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A declarative condition over request facts, stored as JSON ({@code {"type": "totalAtLeast", "amount": …}}).
 * A closed set of safe building blocks on purpose: policy is data, never code, so it cannot run anything.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TotalAtLeast.class, name = "totalAtLeast"),
        @JsonSubTypes.Type(value = AnyLineLethal.class, name = "anyLineLethal"),
        @JsonSubTypes.Type(value = AnyLineMajorDefenseEquipment.class, name = "anyLineMajorDefenseEquipment"),
        @JsonSubTypes.Type(value = DestinationInConflictZone.class, name = "destinationInConflictZone"),
        @JsonSubTypes.Type(value = PriorityIs.class, name = "priorityIs"),
        @JsonSubTypes.Type(value = All.class, name = "all"),
        @JsonSubTypes.Type(value = Any.class, name = "any")
})
@Schema(type = SchemaType.OBJECT, description = "A condition on the request facts, chosen by `type`: `totalAtLeast` "
        + "(with `amount`: the total is at least this, in the catalogue's currency), `anyLineLethal`, "
        + "`anyLineMajorDefenseEquipment`, `destinationInConflictZone` (the destination is in CONFLICT_ZONES), "
        + "`priorityIs` (with `priority`: ROUTINE, URGENT or EMERGENCY), `all` and `any` (with `of`: a non-empty list "
        + "of conditions, every one / at least one of which holds).",
        example = "{\"type\": \"any\", \"of\": [{\"type\": \"all\", \"of\": [{\"type\": \"anyLineLethal\"}, "
                + "{\"type\": \"destinationInConflictZone\"}]}, {\"type\": \"totalAtLeast\", \"amount\": 100000000}]}")
public sealed interface Condition
        permits TotalAtLeast, AnyLineLethal, AnyLineMajorDefenseEquipment, DestinationInConflictZone, PriorityIs, All, Any {

    Evaluation evaluate(RequestFacts facts, RoutingContext context);

    /** What is wrong with this condition as written, as (path, message) pairs; empty when it is well formed. */
    List<PolicyViolation> check(String path);
}
