package org.procurement.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.audit.AuditEntry;
import org.procurement.approval.audit.AuditExportFormat;
import org.procurement.approval.audit.AuditLinker;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.audit.ChainReport;
import org.procurement.approval.audit.ChainVerifier;
import org.procurement.support.http.QueryParameters;
import org.procurement.support.security.Roles;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@Path("/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained record of every policy publication, case event and "
        + "decision: export it, and check that nobody altered it.")
public class AuditResource {

    static final int PAGE = 500;

    private final AuditTrail audit;
    private final AuditLinker linker;
    private final ChainVerifier verifier;

    public AuditResource(AuditTrail audit, ChainVerifier verifier, AuditLinker linker) {
        this.audit = audit;
        this.verifier = verifier;
        this.linker = linker;
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/jsonl", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "exportAuditTrail",
            summary = "The audit trail for a time range, in chain order, as CSV or JSON lines",
            description = "Role auditor. Changes nothing. Downloads every audit entry of the range, oldest first, with "
                    + "its actor, role, outcome, comment, policy version and both hashes (`previousHash`, `hash`), so "
                    + "the chain can be recomputed outside the system. Without `from` and `to`, the whole trail. "
                    + "The file is streamed page by page.")
    @APIResponse(responseCode = "200", description = "The entries, as an attachment (audit.csv or audit.jsonl).",
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "CSV", value = Examples.AUDIT_CSV)),
                    // Each line is one JSON object (JSON Lines); OpenAPI 3.1 has no schema for a sequence of
                    // lines, so the schema describes a line, as the example does.
                    @Content(mediaType = "application/jsonl", schema = @Schema(type = SchemaType.OBJECT,
                            description = "One audit entry per line, each a JSON object with the fields of the CSV "
                                    + "header."),
                            examples = @ExampleObject(name = "JSON lines", value = Examples.AUDIT_JSONL))})
    @APIResponse(responseCode = "400", description = "Problem `invalid-parameter`: `format` is not csv or jsonl, `from` "
            + "or `to` is neither an ISO-8601 date nor an instant, or `to` is not after `from`.")
    public Response export(@Parameter(description = "Start of the range: an ISO-8601 date (from the start of that day, "
                                   + "UTC) or instant, inclusive. Default: the beginning.", example = "2026-11-01")
                           @QueryParam("from") String from,
                           @Parameter(description = "End of the range: an ISO-8601 date (that whole day included) or "
                                   + "instant (exclusive). Default: no end.", example = "2026-11-30")
                           @QueryParam("to") String to,
                           @Parameter(description = "csv (for spreadsheets) or jsonl (JSON lines, for tools); default jsonl.",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "jsonl"},
                                           defaultValue = "jsonl"))
                           @QueryParam("format") String format) {
        QueryParameters parameters = new QueryParameters();
        AuditExportFormat out = parameters.enumValue("format", format, AuditExportFormat.class)
                .orElse(AuditExportFormat.JSONL);
        Instant start = parameters.instant("from", from, false).orElse(Instant.EPOCH);
        Instant end = parameters.instant("to", to, true).orElse(Instant.parse("9999-12-31T00:00:00Z"));
        if (!start.isBefore(end)) {
            parameters.fault("to", "must be after from");
        }
        parameters.validate();
        linker.linkBeforeReading();
        // Written page by page, so an export of years of history never sits in memory at once.
        StreamingOutput body = stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write(out.header());
            long after = 0;
            List<AuditEntry> page;
            do {
                page = audit.page(start, end, after, PAGE);
                for (AuditEntry entry : page) {
                    writer.write(out.line(entry));
                    after = entry.seq();
                }
            } while (page.size() == PAGE);
            writer.flush();
        };
        return Response.ok(body, out.mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit" + out.extension() + "\"").build();
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "verifyAuditTrail",
            summary = "Recompute the hash chain, compare it with the newest signed checkpoint, name what broke",
            description = "Role auditor. Changes nothing. Recomputes the hash of every entry from its content and the "
                    + "hash before it (HMAC-SHA-256 with the key the entry names; plain SHA-256 for entries from before "
                    + "keys existed), then compares the chain with the newest signed checkpoint held by request-service "
                    + "and with the newest one kept here: the signature must be this service's and the chain must still "
                    + "hold the entry it signed, with the same hash. `intact: true` with the number of entries checked, "
                    + "how many are keyed, the last hash and the checkpoint; or `intact: false` with the first entry "
                    + "whose link does not hold and why, and/or the checkpoint's `problem` (e.g. entries it signed that "
                    + "are missing). When request-service cannot be reached, the local checkpoint is used and "
                    + "`warnings` says so.")
    @APIResponse(responseCode = "200", description = "The result of the check.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainReport.class),
                    examples = {
                            @ExampleObject(name = "Intact", value = Examples.AUDIT_VERIFY_INTACT),
                            @ExampleObject(name = "Tail removed", value = Examples.AUDIT_VERIFY_TAIL_MISSING)}))
    public ChainReport verify() {
        return verifier.verify();
    }
}
