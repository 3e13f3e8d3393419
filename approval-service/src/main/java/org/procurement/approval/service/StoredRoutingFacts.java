package org.procurement.approval.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.approval.policy.LineFacts;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.RequestFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The routing facts of an opened case, read back from the request document stored with it. */
@ApplicationScoped
public class StoredRoutingFacts {

    private final ObjectMapper mapper;

    public StoredRoutingFacts(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public RequestFacts read(String document) {
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
}
