package org.procurement.request;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
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
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class RequestFoundationTest extends ServiceFoundationContract {

    @Override
    protected String authenticatedPath() {
        return "/requests";
    }

    @Override
    protected Response callGuarded(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(Drafts.titleOnly("Foundation check")).post("/requests");
    }

    @Override
    protected int guardedSuccessStatus() {
        return 201;
    }

    @Override
    protected DemoUser permittedUser() {
        return DemoUser.OLENA;
    }

    /** A reviewer may read requests but not create them. */
    @Override
    protected DemoUser refusedUser() {
        return DemoUser.MINJUN;
    }

    @Override
    protected String jsonPostPath() {
        return "/requests";
    }

    @Override
    protected DemoUser permittedJsonUser() {
        return DemoUser.OLENA;
    }
}
