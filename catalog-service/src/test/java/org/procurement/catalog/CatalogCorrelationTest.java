package org.procurement.catalog;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.procurement.testing.CorrelationContract;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogCorrelationTest extends CorrelationContract {

    @Override
    protected String authenticatedPath() {
        return "/catalog/items";
    }

    @Override
    protected DemoUser reader() {
        return DemoUser.OLENA;
    }
}
