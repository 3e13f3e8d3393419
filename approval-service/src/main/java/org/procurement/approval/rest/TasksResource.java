package org.procurement.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.procurement.approval.service.CaseService;
import org.procurement.support.security.Caller;

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
    @Operation(summary = "The caller's inbox: open stages of their role that they may still decide, earliest due first")
    public List<TaskView> inbox() {
        return cases.tasks(Actors.of(caller)).stream().map(TaskView::of).toList();
    }
}
