package org.procurement.request;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Management;
import org.procurement.testing.PackagedAppOidc;
import org.procurement.testing.PostgresResource;

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
class PackagedRequestIT {

    @Test
    void startsUnderProdWithItsMigrationsAndIsReady() {
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void aRequesterCreatesADraftThatTheirColleagueReads() {
        String id = Api.createDraft(DemoUser.OLENA, Drafts.titleOnly("Packaged-app draft"));
        Api.as(DemoUser.TARAS).get("/requests/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("title", equalTo("Packaged-app draft"));
        Api.as(DemoUser.PIOTR).get("/requests/" + id).then().statusCode(404);
    }

    @Test
    void withoutATokenTheAnswerIsA401Problem() {
        given().get("/requests").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
