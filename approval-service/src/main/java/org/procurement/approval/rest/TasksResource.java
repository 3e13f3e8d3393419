package org.procurement.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.service.CaseService;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.util.List;

@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    private final CaseService cases;
    private final Caller caller;

    public TasksResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER})
    @Tag(name = "My tasks", description = "Your inbox and your decisions: what waits for you, and deciding it.")
    @Operation(operationId = "listTasks",
            summary = "The caller's inbox: open stages of their role that they may still decide, earliest due first",
            description = "Role reviewer, export-control, policy-board or authorizer. Changes nothing. Lists every open "
                    + "stage of a role you hold that you may decide now: not a request of your own organisation, not "
                    + "one you submitted, and no earlier decision of yours on the case (one person decides at most one "
                    + "stage of a case). Each task carries the case summary, `dueAt` and `overdue`. Decide a task with "
                    + "POST /cases/{caseId}/stages/{stageKey}/decisions.")
    @APIResponse(responseCode = "200", description = "Your tasks, earliest due first (an empty list when nothing waits for you).")
    public List<TaskView> inbox() {
        return cases.tasks(Actors.of(caller)).stream().map(TaskView::of).toList();
    }
}
