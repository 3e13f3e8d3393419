package org.procurement.catalog;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceFoundationContract;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogFoundationTest extends ServiceFoundationContract {

    @Override
    protected String authenticatedPath() {
        return "/catalog/items";
    }

    @Override
    protected Response callGuarded(RequestSpecification request) {
        return request.contentType(ContentType.JSON)
                .body(CatalogFixtures.item(CatalogFixtures.uniqueSku("KR-TST")))
                .post("/catalog/items");
    }

    @Override
    protected int guardedSuccessStatus() {
        return 201;
    }

    @Override
    protected DemoUser permittedUser() {
        return DemoUser.ADMIN;
    }

    @Override
    protected DemoUser refusedUser() {
        return DemoUser.OLENA;
    }

    @Override
    protected String jsonPostPath() {
        return "/catalog/items";
    }

    @Override
    protected DemoUser permittedJsonUser() {
        return DemoUser.ADMIN;
    }
}
