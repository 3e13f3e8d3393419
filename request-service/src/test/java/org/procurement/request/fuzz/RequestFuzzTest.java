package org.procurement.request.fuzz;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.procurement.request.FakeCatalogue;
import org.procurement.request.InjectCatalogue;
import org.procurement.request.SignedCheckpoints;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;
import org.procurement.testing.fuzz.FuzzPlan;
import org.procurement.testing.fuzz.OpenApiFuzzContract;
import org.procurement.testing.fuzz.Pool;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.procurement.testing.DemoUser.AUDREY;
import static org.procurement.testing.DemoUser.OLENA;

/** Every request-service operation under schema-driven bad input (see OpenApiFuzzContract). */
@QuarkusTest
@TestProfile(FuzzProfile.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class RequestFuzzTest extends OpenApiFuzzContract {

    private static final String APPROVAL = "approval-service";

    /** The one catalogue item every fuzz draft asks for (one stub: WireMock slows down with thousands). */
    private static final UUID ITEM = UUID.randomUUID();

    @InjectCatalogue
    WireMockServer catalogue;

    private static String upload(String requestId) {
        return given().auth().oauth2(Tokens.of(OLENA)).multiPart("file", "letter.pdf",
                        "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "application/pdf")
                .multiPart("kind", "LETTER").post("/requests/" + requestId + "/documents").then().statusCode(201)
                .extract().path("id");
    }

    @Override
    protected FuzzPlan plan() {
        serve(ITEM);
        String draft = completeDraft();
        String reference = as(OLENA).get("/requests/" + draft).then().statusCode(200).extract().path("reference");

        FuzzPlan plan = new FuzzPlan();
        plan.operation("POST /requests").as(OLENA).body(RequestFuzzTest::complete)
                .header("Idempotency-Key", () -> UUID.randomUUID().toString());
        plan.operation("GET /requests").as(AUDREY);
        plan.operation("GET /requests/{id}").as(OLENA).path("id", draft);
        plan.operation("GET /requests/by-reference/{reference}").as(OLENA).path("reference", reference);
        plan.operation("GET /requests/{id}/timeline").as(OLENA).path("id", draft);
        // Documents: uploads arrive as multipart, which the generator does not write (it fuzzes the path and
        // headers); reads and removals address documents of the one draft.
        String document = upload(draft);
        plan.operation("POST /requests/{id}/documents").as(OLENA).path("id", draft);
        plan.operation("GET /requests/{id}/documents").as(OLENA).path("id", draft);
        plan.operation("GET /requests/{id}/documents/{documentId}").as(OLENA).path("id", draft)
                .path("documentId", document);
        plan.operation("DELETE /requests/{id}/documents/{documentId}").as(OLENA).path("id", draft)
                .path("documentId", Pool.of(20, () -> upload(draft)));
        plan.operation("PUT /requests/{id}").as(OLENA).path("id", draft).body(RequestFuzzTest::complete)
                .header("If-Match", () -> as(OLENA).get("/requests/" + draft).then().extract().header("ETag"));
        plan.operation("PATCH /requests/{id}").as(OLENA).path("id", draft)
                .body(() -> "{\"neededBy\": \"2027-04-15\", \"justification\": null}")
                .header("If-Match", () -> as(OLENA).get("/requests/" + draft).then().extract().header("ETag"));
        // Submitting or withdrawing works once per request: a pooled request takes one accepted input and then
        // refuses the rest (which mostly fail validation anyway) with 409.
        plan.operation("POST /requests/{id}/submit").as(OLENA).path("id", Pool.of(20, this::completeDraft));
        plan.operation("POST /requests/{id}/withdraw").as(OLENA).path("id", Pool.of(50, this::submitted))
                .body(() -> "{\"reason\": \"Requirement met by another supplier\"}");
        plan.operation("POST /internal/requests/{requestId}/events").asService(APPROVAL)
                .path("requestId", Pool.of(10, this::inReview)).body(RequestFuzzTest::caseClosed);
        // Each input a fresh checkpoint signed with approval-service's demo key (a broken one fails its signature).
        plan.operation("POST /internal/audit-checkpoints").asService(APPROVAL)
                .body(() -> SignedCheckpoints.json(SignedCheckpoints.next()));
        plan.operation("GET /internal/audit-checkpoints/latest").as(AUDREY);
        return plan;
    }

    /** A complete draft for one (non-lethal) item whose catalogue entry the fake catalogue serves. */
    private String completeDraft() {
        return as(OLENA).body(complete()).post("/requests").then().statusCode(201).extract().path("id");
    }

    private String submitted() {
        String id = completeDraft();
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private String inReview() {
        String id = submitted();
        given().auth().oauth2(Tokens.service(APPROVAL)).contentType(ContentType.JSON)
                .body("{\"eventId\": \"%s\", \"type\": \"CASE_OPENED\", \"round\": 1, \"caseId\": \"%s\"}"
                        .formatted(UUID.randomUUID(), UUID.randomUUID()))
                .post("/internal/requests/" + id + "/events").then().statusCode(200);
        return id;
    }

    private static String caseClosed() {
        return """
                {"eventId": "%s", "type": "CASE_CLOSED", "round": 1, "caseId": "%s", "occurredAt": "2026-11-26T10:00:00Z",
                 "actor": "daeho", "outcome": "APPROVED_WITH_CONDITIONS", "conditions": "Delivery in two tranches",
                 "reason": "Quantities checked"}""".formatted(UUID.randomUUID(), UUID.randomUUID());
    }

    private static String complete() {
        return complete(ITEM);
    }

    private static String complete(UUID item) {
        return """
                {"title": "Artillery and air defence for the eastern front",
                 "justification": "Replace losses of the last twelve months", "intendedEndUse": "Territorial defence",
                 "priority": "URGENT", "neededBy": "%s", "destination": {"country": "UA", "location": "Kyiv"},
                 "financingMethod": "GRANT",
                 "endUserCertificate": {"number": "EUC-UA-2026-0412", "issuingAuthority": "Ministry of Defence of Ukraine",
                   "issueDate": "2026-11-01", "signatory": "Deputy Minister", "endUser": "Armed Forces of Ukraine",
                   "noReExportUndertaking": true},
                 "lines": [{"itemId": "%s", "quantity": 2, "note": "for the eastern brigade"}]}"""
                .formatted(LocalDate.now().plusMonths(4), item);
    }

    private void serve(UUID item) {
        String sku = "KR-F-" + item.toString().substring(0, 8).toUpperCase();
        String body = """
                {"items": [{"id": "%s", "sku": "%s", "designation": "Fuzz designation", "name": "Test system",
                 "category": "ARTILLERY", "manufacturer": "Hanwha Aerospace", "description": "A test system",
                 "lethal": false, "majorDefenseEquipment": true, "mlCode": "ML4",
                 "unitPrice": {"amount": 3500000.00, "currency": "USD"}, "unitOfIssue": "vehicle",
                 "availableQuantity": 24, "leadTimeDays": 180, "status": "ACTIVE", "version": 3,
                 "createdBy": "admin", "createdAt": "2026-11-01T10:00:00Z", "updatedBy": "admin",
                 "updatedAt": "2026-11-01T10:00:00Z"}],
                 "total": 1, "page": 0, "size": 100, "links": {"self": "/catalog/items", "next": null}}"""
                .formatted(item, sku);
        catalogue.stubFor(get(urlPathEqualTo("/catalog/items")).withQueryParam("ids", equalTo(item.toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }
}
