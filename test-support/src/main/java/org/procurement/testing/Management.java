package org.procurement.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;

import java.net.URI;

import static io.restassured.RestAssured.given;

/** The service's management interface (health and metrics, on a port of their own) in a running @QuarkusTest. */
public final class Management {

    private Management() {
    }

    /** scheme://host:port of the management interface. */
    public static String baseUri() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** A request to the management interface, e.g. {@code Management.given().get("/q/health/ready")}. */
    public static RequestSpecification given() {
        return io.restassured.RestAssured.given().baseUri(baseUri()).port(URI.create(baseUri()).getPort());
    }
}
