package org.procurement.approval.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.domain.Actor;
import org.procurement.approval.domain.TaskCursor;
import org.procurement.approval.domain.TaskQuery;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.service.CaseService;
import org.procurement.approval.service.TaskPage;
import org.procurement.support.http.CursorPage;
import org.procurement.support.http.QueryParameters;
import org.procurement.support.security.Caller;

import java.util.Optional;
import java.util.UUID;

@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My tasks", description = "Your inbox and your decisions: what waits for you, and deciding it.")
public class TasksResource {

    private final CaseService cases;
    private final Caller caller;

    public TasksResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listTasks",
            summary = "The caller's inbox: open stages they may decide, earliest due first, one page at a time",
            description = "Role reviewer, export-control, policy-board or authorizer, or one of them delegated to you now. "
                    + "Changes nothing. Lists the open stages of a role you hold, or hold as someone's delegate "
                    + "(`onBehalfOf` names them), that you may decide now: not a request of your own organisation, "
                    + "not one you submitted, and no earlier decision on the case by you or by the person you act for "
                    + "(one person decides at most one stage of a case). Earliest due first, so overdue tasks lead. "
                    + "Each task carries the case summary, `dueAt`, `overdue` and who claimed it (`claimedBy`). Pages "
                    + "follow each other by `cursor` (the `nextCursor` of the page before): tasks that come or go "
                    + "meanwhile shift nothing. Decide a task with POST /cases/{caseId}/stages/{stageKey}/decisions.")
    @APIResponse(responseCode = "200", description = "One page of your tasks, the total, and the cursor of the next page.")
    @APIResponse(responseCode = "400", description = "Problem `invalid-parameter` naming each parameter at fault: "
            + "`limit` not 1 to 100, `cursor` not one this inbox gave, an unknown `priority`, `overdue` or `lethal` "
            + "not true or false, `destination` not two letters.")
    public CursorPage<TaskView> inbox(
            // No examples on the filters: Swagger UI would fill them in when trying the operation out.
            @Parameter(description = "Only stages decided by this role (for example export-control).")
            @QueryParam("role") String role,
            @Parameter(description = "Only stages with this key (for example technical-review).")
            @QueryParam("stage") String stage,
            @Parameter(description = "Only cases of this priority.", schema = @Schema(implementation = Priority.class))
            @QueryParam("priority") String priority,
            @Parameter(description = "true: only tasks past their due time; false: only those not yet due.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "Only cases bound for this country (ISO 3166 alpha-2, for example UA).")
            @QueryParam("destination") String destination,
            @Parameter(description = "true: only cases with a lethal line; false: only those without.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("lethal") String lethal,
            @Parameter(description = "Only the case of the request with this reference (exact match, for example "
                    + "REQ-2026-000123).")
            @QueryParam("reference") String reference,
            @Parameter(description = "Tasks per page, 1 to 100 (default 20).")
            @QueryParam("limit") String limit,
            @Parameter(description = "Where to continue: `nextCursor` of the previous page.")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        TaskQuery query = new TaskQuery(
                parameters.text("role", role, 40).orElse(null),
                parameters.text("stage", stage, 60).orElse(null),
                parameters.enumValue("priority", priority, Priority.class).orElse(null),
                parameters.bool("overdue", overdue).orElse(null),
                parameters.text("destination", destination, 2)
                        .flatMap(code -> code.matches("[A-Za-z]{2}") ? Optional.of(code.toUpperCase())
                                : parameters.fault("destination", "must be a two-letter country code (was '" + code + "')"))
                        .orElse(null),
                parameters.bool("lethal", lethal).orElse(null),
                parameters.text("reference", reference, 100).orElse(null),
                parameters.intInRange("limit", limit, QueryParameters.DEFAULT_PAGE_SIZE, 1, QueryParameters.MAX_PAGE_SIZE),
                cursor == null || cursor.isBlank() ? null : TaskCursor.decode(cursor.trim())
                        .or(() -> parameters.fault("cursor", "is not a cursor this inbox gave"))
                        .orElse(null));
        parameters.validate();
        Actor actor = Actors.of(caller);
        cases.requireDecider(actor);
        TaskPage page = cases.tasks(actor, query);
        return CursorPage.of(page.tasks().stream().map(TaskView::of).toList(), page.total(), page.totalExact(),
                query.limit(), page.nextCursor(), uri);
    }

    @POST
    @Path("/{caseId}/{stageKey}/claim")
    @Authenticated
    @Operation(operationId = "claimTask", summary = "Say you are on a task: others see it claimed by you",
            description = "Role of the stage, held or delegated to you now, and allowed to decide it (the rules of "
                    + "POST /cases/{caseId}/stages/{stageKey}/decisions). A claim is a hint, not a lock: the task stays "
                    + "in colleagues' inboxes with `claimedBy`, and anyone entitled may still decide it; your decision "
                    + "clears your claim. Claiming your own claim again changes nothing. When you delegate the role, "
                    + "your claims pass to the delegate.")
    @APIResponse(responseCode = "200", description = "Claimed by you; the task as it now stands.")
    @APIResponse(responseCode = "403", description = "You may not decide this stage: the problem types of deciding "
            + "(`missing-stage-role`, `requesting-organisation`, `submitter`, `separation-of-duties`, `forbidden`).")
    @APIResponse(responseCode = "404", description = "No case has this id, or it has no stage with this key.")
    @APIResponse(responseCode = "409", description = "Problem `task-claimed` (someone else claimed it: `claimedBy`), "
            + "`case-closed`, `stage-not-open`, `stage-completed` or `already-decided`.")
    public TaskView claim(@Parameter(description = "Case id (`caseId` in your task).") @PathParam("caseId") UUID caseId,
                          @Parameter(description = "Stage key (`stageKey` in your task).", example = "export-control")
                          @PathParam("stageKey") String stageKey) {
        Actor actor = Actors.deciding(caller);
        cases.requireDecider(actor);
        cases.claim(caseId, stageKey, actor);
        return TaskView.of(cases.task(caseId, stageKey, actor));
    }

    @POST
    @Path("/{caseId}/{stageKey}/release")
    @Authenticated
    @Operation(operationId = "releaseTask", summary = "Give a task you claimed back",
            description = "Role of the stage, held or delegated to you now; only the person who claimed the task "
                    + "releases it.")
    @APIResponse(responseCode = "200", description = "Released; the task as it now stands.")
    @APIResponse(responseCode = "403", description = "Problem `forbidden`: no deciding role and no delegation.")
    @APIResponse(responseCode = "404", description = "No case has this id, or it has no stage with this key.")
    @APIResponse(responseCode = "409", description = "Problem `task-claimed` (claimed by someone else: `claimedBy`) "
            + "or `task-not-claimed`.")
    public TaskView release(@Parameter(description = "Case id (`caseId` in your task).") @PathParam("caseId") UUID caseId,
                            @Parameter(description = "Stage key (`stageKey` in your task).", example = "export-control")
                            @PathParam("stageKey") String stageKey) {
        Actor actor = Actors.deciding(caller);
        cases.requireDecider(actor);
        cases.release(caseId, stageKey, actor);
        return TaskView.of(cases.task(caseId, stageKey, actor));
    }
}
