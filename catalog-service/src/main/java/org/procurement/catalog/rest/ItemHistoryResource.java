package org.procurement.catalog.rest;

import org.procurement.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.catalog.service.CatalogService;

import java.util.List;
import java.util.UUID;

@Path("/catalog/items/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administering")
public class ItemHistoryResource {

    private final CatalogService catalog;

    public ItemHistoryResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({Roles.CATALOG_ADMIN, Roles.AUDITOR, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD,
            Roles.AUTHORIZER})
    @Operation(operationId = "getItemHistory", summary = "Every applied change of an item, oldest first",
            description = "Roles catalog-admin, auditor, reviewer, export-control, policy-board and authorizer. Changes "
                    + "nothing. Who changed the item, when, and each field before and after: its creation, every "
                    + "revision, confirmed changes that lowered control (naming proposer and confirmer) and its "
                    + "withdrawal. Stock taken and given back by reservations is not listed; an administrator's edit "
                    + "of availableQuantity is. The record is append-only.")
    @APIResponse(responseCode = "200", description = "The history.")
    @APIResponse(responseCode = "404", description = "No item has this id.")
    public List<ItemHistoryView> history(@Parameter(description = "Item id.") @PathParam("id") UUID id) {
        return catalog.history(id).stream().map(ItemHistoryView::of).toList();
    }
}
