package org.procurement.approval;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Management;
import org.procurement.testing.PackagedAppOidc;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The packaged application (target/quarkus-app, as the container runs it) under its production profile, with the
 * secrets a deployment gives (failsafe's environment: the audit keys too), real PostgreSQL and real signed tokens.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
@WithTestResource(PackagedAppOidc.class)
class PackagedApprovalIT {

    @Test
    void startsUnderProdWithItsMigrationsAndIsReady() {
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void aCaseOpensAndItsFirstStageIsDecidedIntoAKeyedAuditTrail() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.approve(DemoUser.MINJUN, caseId, "technical-review");
        org.junit.jupiter.api.Assertions.assertEquals("COMPLETED", Api.stageStatus(caseId, "technical-review"));
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void withoutATokenTheAnswerIsA401Problem() {
        given().get("/cases").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
