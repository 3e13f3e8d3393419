package org.procurement.request.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestDetails;
import org.procurement.support.http.MergePatch;
import org.procurement.support.problem.ProblemException;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a JSON Merge Patch to a request's content: the request as a requester would write it (the body of PUT)
 * with the patch merged in, read and validated exactly as a PUT body is, so a patch can produce nothing a PUT could
 * not.
 */
@ApplicationScoped
public class RequestPatches {

    private final ObjectMapper json;
    private final Validator validator;

    public RequestPatches(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The patch document, which must be a JSON object in UTF-8 (read from the bytes, so bad UTF-8 is refused). */
    public JsonNode parse(byte[] body) {
        JsonNode patch;
        try {
            patch = body == null || body.length == 0 ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("body", "could not be read: " + e.getMessage());
        }
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object naming the fields to change");
        }
        return patch;
    }

    public RequestDetails apply(Request current, JsonNode patch) {
        JsonNode merged = MergePatch.apply(json.valueToTree(RequestInput.of(current)), patch);
        RequestInput input;
        try {
            input = json.treeToValue(merged, RequestInput.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw ProblemException.invalid(field.isEmpty() ? "body" : field, "is not valid: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not valid: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<RequestInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input.toDomain();
    }
}
