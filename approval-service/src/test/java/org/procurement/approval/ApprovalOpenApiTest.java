package org.procurement.approval;

import io.quarkus.test.junit.QuarkusTest;
import org.procurement.testing.OpenApiDocumentationContract;

@QuarkusTest
class ApprovalOpenApiTest extends OpenApiDocumentationContract {
}
