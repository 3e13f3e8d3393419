package org.procurement.catalog;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Management;
import org.procurement.testing.PackagedAppOidc;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The packaged application (target/quarkus-app, as the container runs it) under its production profile, with the
 * secrets a deployment gives (failsafe's environment), real PostgreSQL and real signed tokens.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
@WithTestResource(PackagedAppOidc.class)
class PackagedCatalogIT {

    @Test
    void startsUnderProdWithItsMigrationsAndIsReady() {
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void anAdministratorAddsAnItemThatAnyoneSignedInReads() {
        String sku = CatalogFixtures.uniqueSku("KR-IT");
        String id = given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).contentType(ContentType.JSON)
                .body(CatalogFixtures.item(sku)).post("/catalog/items").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).get("/catalog/items/" + id).then().statusCode(200)
                .body("sku", equalTo(sku)).header("Content-Security-Policy", startsWith("default-src 'none'"));
    }

    @Test
    void withoutATokenTheAnswerIsA401Problem() {
        given().get("/catalog/items").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
