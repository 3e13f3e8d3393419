package org.procurement.approval.fuzz;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Faults next to the fuzz suite's reach: it breaks one field at a time, these need two. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class FuzzFindingsTest {

    @Test
    void aTotalTooLargeForTheCaseColumnIs400NamingTotal() {
        // Without line totals nothing checks the total against the lines, and numeric(19,2) overflowed: a 500.
        String body = """
                {"requestId": "%s", "round": 1, "reference": "REQ-2026-900001", "organisation": "UA-MOD",
                 "submittedBy": "olena", "priority": "URGENT", "destinationCountry": "UA",
                 "lines": [{"sku": "KR-ART-K9A1", "quantity": 6, "lethal": true, "majorDefenseEquipment": true}],
                 "total": 1e20, "currency": "USD"}""".formatted(UUID.randomUUID());
        given().auth().oauth2(Tokens.service("request-service")).contentType(ContentType.JSON).body(body)
                .post("/internal/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("total"));
    }
}
