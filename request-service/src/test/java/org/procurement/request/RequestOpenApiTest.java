package org.procurement.request;

import io.quarkus.test.junit.QuarkusTest;
import org.procurement.testing.OpenApiDocumentationContract;

@QuarkusTest
class RequestOpenApiTest extends OpenApiDocumentationContract {
}
