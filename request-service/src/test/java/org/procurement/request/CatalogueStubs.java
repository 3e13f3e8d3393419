package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Canned answers of catalog-service's batch lookup, in the shape of docs/contracts.md. Each stub is keyed on one
 * item id that only the calling test uses, so stubs of different tests never answer each other.
 */
final class CatalogueStubs {

    private final WireMockServer server;

    CatalogueStubs(WireMockServer server) {
        this.server = server;
    }

    /**
     * An ACTIVE item as the catalogue describes it: not lethal, so a request for it is submitted without an
     * end-user certificate document ({@link #lethalItem} for one that needs it).
     */
    static String item(UUID id, String sku, String price, int available) {
        return item(id, sku, price, available, "ACTIVE");
    }

    static String item(UUID id, String sku, String price, int available, String status) {
        return item(id, sku, price, available, status, false);
    }

    /** An ACTIVE lethal item (a howitzer): a request for it needs an END_USER_CERTIFICATE document. */
    static String lethalItem(UUID id, String sku, String price, int available) {
        return item(id, sku, price, available, "ACTIVE", true);
    }

    private static String item(UUID id, String sku, String price, int available, String status, boolean lethal) {
        return """
                {"id": "%s", "sku": "%s", "designation": "%s designation", "name": "Test system",
                 "category": "ARTILLERY", "manufacturer": "Hanwha Aerospace", "description": "A test system",
                 "lethal": %s, "majorDefenseEquipment": true, "mlCode": "ML4",
                 "unitPrice": {"amount": %s, "currency": "USD"}, "unitOfIssue": "vehicle",
                 "availableQuantity": %d, "leadTimeDays": 180, "status": "%s", "version": 3,
                 "createdBy": "admin", "createdAt": "2026-11-01T10:00:00Z", "updatedBy": "admin",
                 "updatedAt": "2026-11-01T10:00:00Z"}""".formatted(id, sku, sku, lethal, price, available, status);
    }

    /** approval-service answers the cancellation of this request's case: decided before it arrived. */
    void caseDecided(String requestId, String caseStatus) {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/internal/cases/cancellations")
                .atPriority(1).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(requestId))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseStatus\": \"" + caseStatus + "\", \"result\": \"ALREADY_CLOSED\"}")));
    }

    /** approval-service cannot be reached for this request's cancellation. */
    void approvalDown(String requestId) {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/internal/cases/cancellations")
                .atPriority(1).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(requestId))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Answers a lookup that includes {@code key} with these items (unknown ids are simply absent). */
    void serve(UUID key, String... items) {
        String body = """
                {"items": [%s], "total": %d, "page": 0, "size": 100, "links": {"self": "/catalog/items", "next": null}}
                """.formatted(Arrays.stream(items).collect(Collectors.joining(",")), items.length);
        server.stubFor(get(urlPathEqualTo("/catalog/items")).withQueryParam("ids", equalTo(key.toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** The catalogue drops the connection on any lookup including {@code key}. */
    void breakConnection(UUID key) {
        server.stubFor(get(urlPathEqualTo("/catalog/items")).withQueryParam("ids", equalTo(key.toString()))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The catalogue answers 500 to any lookup including {@code key}. */
    void fail(UUID key) {
        server.stubFor(get(urlPathEqualTo("/catalog/items")).withQueryParam("ids", equalTo(key.toString()))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 500, \"title\": \"Internal error\"}")));
    }

    RequestPatternBuilder lookupsOf(UUID key) {
        return getRequestedFor(urlPathEqualTo("/catalog/items")).withQueryParam("ids", equalTo(key.toString()));
    }

    WireMockServer server() {
        return server;
    }
}
