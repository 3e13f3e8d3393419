package org.procurement.approval.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.approval.policy.Policy;

/** Policy documents to and from their stored JSON. */
@ApplicationScoped
public class PolicyCodec {

    private final ObjectMapper mapper;

    public PolicyCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Policy read(String json) {
        try {
            return mapper.readValue(json, Policy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored policy could not be read: " + e.getOriginalMessage(), e);
        }
    }

    public String write(Policy policy) {
        try {
            return mapper.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
