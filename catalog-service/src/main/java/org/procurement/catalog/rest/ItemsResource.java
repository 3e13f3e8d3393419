package org.procurement.catalog.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.domain.Category;
import org.procurement.catalog.domain.ItemStatus;
import org.procurement.support.security.Caller;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/catalog/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    private final Caller caller;

    public ItemsResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Authenticated
    public List<CatalogItem> list() {
        return CatalogItem.list("status", ItemStatus.ACTIVE);
    }

    public record NewItem(@NotBlank String sku, @NotBlank String name, @NotNull Category category) {
    }

    @POST
    @RolesAllowed("catalog-admin")
    @Transactional
    public Response create(@Valid @NotNull NewItem body) {
        CatalogItem item = new CatalogItem();
        item.id = UUID.randomUUID();
        item.sku = body.sku();
        item.designation = body.name();
        item.name = body.name();
        item.category = body.category();
        item.manufacturer = "unknown";
        item.mlCode = "ML1";
        item.unitPrice = BigDecimal.ZERO;
        item.currency = "USD";
        item.unitOfIssue = "each";
        item.status = ItemStatus.ACTIVE;
        item.createdBy = item.updatedBy = caller.username();
        item.createdAt = item.updatedAt = Instant.now();
        item.persist();
        return Response.created(URI.create("/catalog/items/" + item.id)).entity(item).build();
    }
}
