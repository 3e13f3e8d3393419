package org.procurement.approval.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.policy.Aggregation;
import org.procurement.approval.policy.LineFacts;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.RequestFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The routing facts of an opened case, read back from what is stored with it: the request document and the
 * aggregated value routing compared, so that a replay sees what routing saw.
 */
@ApplicationScoped
public class StoredRoutingFacts {

    private final ObjectMapper mapper;

    public StoredRoutingFacts(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public RequestFacts read(ApprovalCase c) {
        return read(c.facts()).withAggregation(aggregation(c));
    }

    private RequestFacts read(String document) {
        try {
            JsonNode node = mapper.readTree(document);
            List<LineFacts> lines = new ArrayList<>();
            for (JsonNode line : node.path("lines")) {
                lines.add(new LineFacts(line.path("sku").asText(null), line.path("lethal").asBoolean(),
                        line.path("majorDefenseEquipment").asBoolean()));
            }
            return new RequestFacts(Priority.valueOf(node.path("priority").asText()),
                    node.path("destinationCountry").asText(), new BigDecimal(node.path("total").asText("0")),
                    node.path("currency").asText(), lines);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("A case's stored request facts could not be read", e);
        }
    }

    /** What routing compared for totalAtLeast; cases opened before aggregation existed compared their own total. */
    public Aggregation aggregation(ApprovalCase c) {
        if (c.aggregation() == null) {
            return Aggregation.alone(c.total());
        }
        try {
            return mapper.readValue(c.aggregation(), Aggregation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case's stored aggregation could not be read", e);
        }
    }

    public String write(Aggregation aggregation) {
        try {
            return mapper.writeValueAsString(aggregation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
