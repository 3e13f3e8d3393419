package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.ServiceFoundationContract;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class ApprovalFoundationTest extends ServiceFoundationContract {

    @Override
    protected String authenticatedPath() {
        return "/policies";
    }

    @Override
    protected Response callGuarded(RequestSpecification request) {
        return request.get("/audit/verify");
    }

    @Override
    protected DemoUser permittedUser() {
        return DemoUser.AUDREY;
    }

    @Override
    protected DemoUser refusedUser() {
        return DemoUser.OLENA;
    }

    @Override
    protected String jsonPostPath() {
        return "/routes/preview";
    }

    @Override
    protected DemoUser permittedJsonUser() {
        return DemoUser.OLENA;
    }
}
