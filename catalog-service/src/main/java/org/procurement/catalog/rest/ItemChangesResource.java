package org.procurement.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.service.CatalogService;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/catalog/items/{id}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administering")
public class ItemChangesResource {

    private final CatalogService catalog;
    private final Caller caller;

    public ItemChangesResource(CatalogService catalog, Caller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CATALOG_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listItemChanges",
            summary = "Changes of an item that lowered or would lower control, newest first",
            description = "Roles catalog-admin and auditor. Changes nothing. Pending, confirmed, withdrawn and expired.")
    @APIResponse(responseCode = "200", description = "The changes.")
    @APIResponse(responseCode = "404", description = "No item has this id.")
    public List<ItemChangeView> list(@Parameter(description = "Item id.") @PathParam("id") UUID id) {
        return catalog.changes(id).stream().map(c -> ItemChangeView.of(c, catalog.now())).toList();
    }

    @GET
    @Path("/{changeId}")
    @RolesAllowed({Roles.CATALOG_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getItemChange",
            summary = "One change that lowers control",
            description = "Roles catalog-admin and auditor. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The change.")
    @APIResponse(responseCode = "404", description = "No such change of this item.")
    public ItemChangeView get(@Parameter(description = "Item id.") @PathParam("id") UUID id,
                              @Parameter(description = "Change id.") @PathParam("changeId") UUID changeId) {
        return ItemChangeView.of(catalog.change(id, changeId), catalog.now());
    }

    @POST
    @Path("/{changeId}/confirmation")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "confirmItemChange",
            summary = "Confirm a change another administrator proposed: it is applied now",
            description = "Role catalog-admin, not the proposer. Applies the pending change to the item and keeps it in "
                    + "the item's history with both names. Refused once the change is no longer pending (confirmed, "
                    + "withdrawn or expired) or when the item changed after the change was proposed.")
    @APIResponse(responseCode = "200", description = "Applied; the item with its new ETag.")
    @APIResponse(responseCode = "403", description = "Problem `separation-of-duties`: you proposed it.")
    @APIResponse(responseCode = "404", description = "No such change of this item.")
    @APIResponse(responseCode = "409", description = "Problem `change-not-pending` (confirmed, withdrawn or expired) or "
            + "`item-changed` (the item changed after the change was proposed: propose it again), or `duplicate-sku`.")
    public Response confirm(@Parameter(description = "Item id.") @PathParam("id") UUID id,
                            @Parameter(description = "Change id.") @PathParam("changeId") UUID changeId) {
        CatalogItem item = catalog.confirm(id, changeId, caller.username());
        return Response.ok(ItemView.of(item)).tag(new EntityTag(String.valueOf(item.version()))).build();
    }

    @DELETE
    @Path("/{changeId}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "withdrawItemChange",
            summary = "Withdraw a pending change", description = "Role catalog-admin. The change is kept, marked "
            + "withdrawn; the item is unchanged.")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "404", description = "No such change of this item.")
    @APIResponse(responseCode = "409", description = "Problem `change-not-pending`: already confirmed, withdrawn or expired.")
    public Response withdraw(@Parameter(description = "Item id.") @PathParam("id") UUID id,
                             @Parameter(description = "Change id.") @PathParam("changeId") UUID changeId) {
        catalog.withdrawChange(id, changeId, caller.username());
        return Response.noContent().build();
    }
}
