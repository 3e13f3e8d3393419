package org.procurement.request.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The part of catalog-service's page of items that this service reads; the rest is ignored (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
record CatalogItemsPage(List<CatalogItem> items) {
}
