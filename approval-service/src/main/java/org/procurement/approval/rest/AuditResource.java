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
import org.procurement.approval.audit.AuditEntry;
import org.procurement.approval.audit.AuditExportFormat;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.audit.ChainReport;
import org.procurement.approval.audit.ChainVerifier;
import org.procurement.support.problem.ProblemException;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@Path("/audit")
public class AuditResource {

    static final int PAGE = 500;

    private final AuditTrail audit;
    private final ChainVerifier verifier;

    public AuditResource(AuditTrail audit, ChainVerifier verifier) {
        this.audit = audit;
        this.verifier = verifier;
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/jsonl", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "The audit trail for a time range, in chain order, as CSV or JSON lines",
            description = "from/to: ISO-8601 dates (to is inclusive) or instants (to is exclusive); default all.")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format) {
        AuditExportFormat chosen = QueryParams.enumValue("format", format, AuditExportFormat.class);
        AuditExportFormat out = chosen == null ? AuditExportFormat.JSONL : chosen;
        Instant start = QueryParams.instant("from", from, Instant.EPOCH, false);
        Instant end = QueryParams.instant("to", to, Instant.parse("9999-12-31T00:00:00Z"), true);
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("to", "must be after from");
        }
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
    @Operation(summary = "Recompute the hash chain and name the first broken link, if any")
    public ChainReport verify() {
        return verifier.verify();
    }
}
