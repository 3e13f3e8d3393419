package org.procurement.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document: the one shape every error of every service takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://procurement.example/problems/";

    @Schema(description = "URI identifying the kind of problem.", example = TYPE_BASE + "validation-failed")
    public final URI type;
    @Schema(description = "Short, human-readable summary of the kind of problem.", example = "Validation failed")
    public final String title;
    @Schema(description = "HTTP status code.", example = "400")
    public final int status;
    @Schema(description = "What went wrong with this request, for a person to act on.")
    public final String detail;
    @Schema(description = "The path of the request that failed (a relative reference).", example = "/catalog/items",
            format = "uri-reference")
    public final URI instance;
    @Schema(description = "For validation problems: each field at fault and why.")
    public final List<Violation> violations;

    @Schema(hidden = true)
    private final Map<String, Object> extensions;

    Problem(String slug, String title, int status, String detail, URI instance, List<Violation> violations,
            Map<String, Object> extensions) {
        this.type = URI.create(TYPE_BASE + slug);
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** Extension members (for example {@code currentStatus}), serialised at the top level as RFC 9457 allows. */
    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One field at fault: a dotted path into the input (or a parameter name) and the reason. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "The field or parameter at fault.", example = "unitPrice.amount") String field,
            @Schema(description = "Why it was refused.", example = "must be greater than 0") String message) {
    }
}
