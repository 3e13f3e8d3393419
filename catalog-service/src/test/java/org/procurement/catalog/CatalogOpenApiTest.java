package org.procurement.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.procurement.testing.OpenApiDocumentationContract;

@QuarkusTest
class CatalogOpenApiTest extends OpenApiDocumentationContract {
}
