package org.procurement.catalog.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.catalog.domain.Category;
import org.procurement.catalog.service.CatalogService;

import java.util.List;

@Path("/catalog/categories")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class CategoriesResource {

    private final CatalogService catalog;

    public CategoriesResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Schema(name = "CategoryCount")
    public record CategoryCount(Category category, @Schema(description = "Active items in this category.", example = "4") long activeItems) {
    }

    @GET
    @Authenticated
    @Tag(name = "Browsing")
    @Operation(operationId = "listCategories", summary = "List categories with counts",
            description = "Any signed-in user. Every category, with how many active items it holds (zero included).")
    public List<CategoryCount> list() {
        return catalog.countsByCategory().entrySet().stream()
                .map(entry -> new CategoryCount(entry.getKey(), entry.getValue()))
                .toList();
    }
}
