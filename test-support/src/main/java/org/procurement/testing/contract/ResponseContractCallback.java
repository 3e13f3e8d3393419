package org.procurement.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts the response-contract check in front of every REST Assured call of every {@code @QuarkusTest} of a
 * service that has test-support on its test class path (registered through META-INF/services). Runs inside the
 * application's class loader, so it reaches the REST Assured the tests use.
 */
public class ResponseContractCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(ResponseContractFilter.class::isInstance)) {
            RestAssured.filters(new ResponseContractFilter());
        }
    }
}
