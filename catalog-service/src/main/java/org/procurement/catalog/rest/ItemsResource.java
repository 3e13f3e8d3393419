package org.procurement.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.catalog.cache.CachedAnswers;
import org.procurement.catalog.cache.CatalogueVersion;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.domain.CatalogItemRepository;
import org.procurement.catalog.domain.Category;
import org.procurement.catalog.domain.ItemQuery;
import org.procurement.catalog.domain.ItemSort;
import org.procurement.catalog.domain.ItemStatus;
import org.procurement.catalog.service.CatalogService;
import org.procurement.support.http.EntityTags;
import org.procurement.support.http.Page;
import org.procurement.support.http.QueryParameters;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

@Path("/catalog/items")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class ItemsResource {

    static final int MAX_PAGE_SIZE = QueryParameters.MAX_PAGE_SIZE;

    /** Listings kept serialised: the common ones, without text or ids, on their first pages. */
    static final int CACHED_PAGES = 5;
    /** Answers may be kept by the browser but must be revalidated (If-None-Match) before each use. */
    static final String REVALIDATE = "private, no-cache";

    private final CatalogService catalog;
    private final Caller caller;
    private final CatalogueVersion version;
    private final CachedAnswers cache;
    private final ObjectMapper json;

    public ItemsResource(CatalogService catalog, Caller caller, CatalogueVersion version, CachedAnswers cache,
                         ObjectMapper json) {
        this.catalog = catalog;
        this.caller = caller;
        this.version = version;
        this.cache = cache;
        this.json = json;
    }

    @GET
    @Authenticated
    @Tag(name = "Browsing")
    @Operation(operationId = "listCatalogItems", summary = "Search the catalogue",
            description = "Any signed-in user. Lists items matching every filter given, in a stable order, one page at a "
                    + "time. With `ids`, resolves those items whatever their status (unknown ids are left out). The ETag "
                    + "names the catalogue's version, which every change of any item raises: send it back in "
                    + "If-None-Match and an unchanged catalogue answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "One page of items.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the catalogue is still at the version If-None-Match "
            + "names.")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (the problem names it).")
    public Response list(
            @Parameter(description = "Only these categories (repeat the parameter or separate with commas).")
            @QueryParam("category") List<String> categories,
            @Parameter(description = "Words to find in SKU, designation, name and manufacturer, case-insensitive: each "
                    + "word given must start a word of the item (\"k9 thun\" finds the K9 Thunder). Punctuation "
                    + "separates words, as in the item.", example = "howitzer")
            @QueryParam("q") String text,
            @Parameter(description = "Only lethal (true) or only non-lethal (false) items.")
            @QueryParam("lethal") String lethal,
            @Parameter(description = "ACTIVE (default) or WITHDRAWN.")
            @QueryParam("status") String status,
            @Parameter(description = "true: only items with available quantity above zero.")
            @QueryParam("inStock") String inStock,
            @Parameter(description = "Resolve exactly these item ids (up to 100), whatever their status.")
            @QueryParam("ids") List<String> ids,
            @Parameter(description = "Order: relevance (the default with q: best matches first), name (the default "
                    + "without q), price, category or updated; prefix with - for descending (not relevance).",
                    example = "-price")
            @QueryParam("sort") String sort,
            @Parameter(description = "Zero-based page number.", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20).", example = "20") @QueryParam("size") String size,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of a listing you hold.", example = "\"catalog-42\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        List<UUID> wantedIds = parameters.uuids("ids", ids, MAX_PAGE_SIZE);
        boolean descending = sort != null && sort.startsWith("-");
        Optional<String> searchText = parameters.text("q", text, 100);
        ItemSort order = parameters.enumValue("sort", descending ? sort.substring(1) : sort, ItemSort.class)
                .orElse(searchText.isPresent() ? ItemSort.RELEVANCE : ItemSort.NAME);
        if (descending && order == ItemSort.RELEVANCE) {
            parameters.fault("sort", "relevance lists best matches first and has no descending order");
        }
        ItemQuery query = new ItemQuery(
                parameters.enumValues("category", categories, Category.class),
                searchText,
                parameters.bool("lethal", lethal),
                parameters.enumValue("status", status, ItemStatus.class),
                parameters.bool("inStock", inStock).orElse(false),
                wantedIds,
                order,
                parameters.page(page),
                parameters.size(size, wantedIds.isEmpty() ? QueryParameters.DEFAULT_PAGE_SIZE : MAX_PAGE_SIZE));
        parameters.validate();
        long at = version.current();
        String etag = "\"catalog-" + at + "\"";
        if (EntityTags.noneMatchHits(ifNoneMatch, etag)) {
            return notModified(etag);
        }
        Supplier<CachedAnswers.Answer> read = () -> {
            CatalogItemRepository.Listing listing = catalog.search(query, descending);
            return answer(at, etag, Page.of(listing.items().stream().map(ItemView::of).toList(), listing.total(),
                    listing.totalExact(), query.page(), query.size(), uri));
        };
        // the key is the whole request URI: the links in the answer name its host and its parameters
        boolean common = query.text().isEmpty() && wantedIds.isEmpty() && query.page() < CACHED_PAGES;
        return ok(common ? cache.at("listing " + uri.getRequestUri(), at, read) : read.get());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Tag(name = "Browsing")
    @Operation(operationId = "getCatalogItem",
            summary = "Get one item", description = "Any signed-in user. The ETag header carries the item's version: "
                    + "send it back in If-None-Match and an unchanged item answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "The item.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the item is still at the version If-None-Match names.")
    @APIResponse(responseCode = "404", description = "No item has this id.")
    public Response get(@Parameter(description = "Item id.") @PathParam("id") UUID id,
                        @Parameter(in = ParameterIn.HEADER, description = "The ETag of the item you hold.", example = "\"3\"")
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        long at = version.current();
        CachedAnswers.Answer answer = cache.at("item " + id, at, () -> {
            CatalogItem item = catalog.get(id);
            return answer(at, EntityTags.of(item.version()), ItemView.of(item));
        });
        return EntityTags.noneMatchHits(ifNoneMatch, answer.etag()) ? notModified(answer.etag()) : ok(answer);
    }

    @GET
    @Path("/by-sku/{sku}")
    @Authenticated
    @Tag(name = "Browsing")
    @Operation(operationId = "getCatalogItemBySku",
            summary = "Get one item by SKU", description = "Any signed-in user. SKUs match case-insensitively.")
    @APIResponse(responseCode = "200", description = "The item.")
    @APIResponse(responseCode = "404", description = "No item has this SKU.")
    public Response getBySku(@Parameter(description = "Stock-keeping unit.", example = "KR-ART-K9A1") @PathParam("sku") String sku) {
        return withTag(Response.ok(), catalog.getBySku(sku));
    }

    @POST
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Administering")
    @Operation(operationId = "createCatalogItem",
            summary = "Add an item",
            description = "Role catalog-admin. Creates an ACTIVE item; the price must be in the catalogue's currency.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new item.")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (each one named).")
    @APIResponse(responseCode = "409", description = "Another item already has this SKU.")
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = ItemInput.class),
                                   examples = @ExampleObject(name = "K9A2 howitzer", value = Examples.NEW_ITEM)))
                           @Valid @NotNull ItemInput input, @Context UriInfo uri) {
        CatalogItem item = catalog.create(input.toDetails(), caller.username());
        URI location = uri.getBaseUriBuilder().path("catalog/items/{id}").build(item.id());
        return withTag(Response.created(location), item);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Administering")
    @Operation(operationId = "replaceCatalogItem",
            summary = "Replace an item's facts; a change that lowers export control waits for a second administrator",
            description = "Role catalog-admin. Send If-Match with the ETag you read: a stale one is refused with 412, "
                    + "none with 428, so nobody overwrites a change they have not seen. A change that lowers control "
                    + "(lethal or majorDefenseEquipment true→false, the Munitions List code removed, the category moved "
                    + "out of artillery, air defence or ammunition) is not applied: it is stored as a pending change "
                    + "(202, Location names it) that a *different* catalog-admin confirms; the item stays as it was "
                    + "until then. Raising control, and every other change, applies at once. Every applied change is "
                    + "kept in the item's history.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is returned.")
    @APIResponse(responseCode = "202", description = "The change lowers control and now waits for a second "
            + "catalog-admin's confirmation; Location names the pending change. The item is unchanged.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemChangeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "404", description = "No item has this id.")
    @APIResponse(responseCode = "409", description = "Another item already has this SKU (`duplicate-sku`), or a change "
            + "that lowers control is already pending for this item (`change-pending`, `pendingChange` names it).")
    @APIResponse(responseCode = "412", description = "The item changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@Parameter(description = "Item id.") @PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, description = "The ETag you last read.", example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = ItemInput.class),
                                   examples = @ExampleObject(name = "K9A2 howitzer", value = Examples.NEW_ITEM)))
                           @Valid @NotNull ItemInput input) {
        CatalogService.Revision revision = catalog.revise(id, ifMatch, input.toDetails(), caller.username());
        if (revision.pending() != null) {
            return Response.accepted(ItemChangeView.of(revision.pending(), catalog.now()))
                    .location(URI.create("/catalog/items/" + id + "/changes/" + revision.pending().id())).build();
        }
        return withTag(Response.ok(), revision.item());
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Tag(name = "Administering")
    @Operation(operationId = "withdrawCatalogItem", summary = "Withdraw an item",
            description = "Role catalog-admin. The item stays readable for history but can no longer be requested or "
                    + "reserved. Withdrawing a withdrawn item changes nothing.")
    @APIResponse(responseCode = "200", description = "The withdrawn item.")
    @APIResponse(responseCode = "404", description = "No item has this id.")
    public Response withdraw(@Parameter(description = "Item id.") @PathParam("id") UUID id) {
        return withTag(Response.ok(), catalog.withdraw(id, caller.username()));
    }

    private CachedAnswers.Answer answer(long at, String etag, Object view) {
        try {
            return new CachedAnswers.Answer(at, etag, json.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response ok(CachedAnswers.Answer answer) {
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, answer.etag())
                .header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build();
    }

    private static Response notModified(String etag) {
        return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build();
    }

    private static Response withTag(Response.ResponseBuilder builder, CatalogItem item) {
        return builder.header(HttpHeaders.ETAG, EntityTags.of(item.version())).entity(ItemView.of(item)).build();
    }
}
