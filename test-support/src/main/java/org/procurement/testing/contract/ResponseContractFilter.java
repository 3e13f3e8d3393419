package org.procurement.testing.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every answer a test receives against the OpenAPI document of the service that gave it: a status the
 * document does not list, a body in another media type, or a body that breaks its schema fails the test that
 * made the call, naming the operation and what differs. Each kept answer is recorded for the coverage check.
 */
public final class ResponseContractFilter implements Filter {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, OpenApiContract> DOCUMENTS = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/q/")) {
            return response;
        }
        OpenApiContract contract = DOCUMENTS.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(),
                ResponseContractFilter::load);
        contract.find(request.getMethod(), uri.getPath()).ifPresent(operation -> {
            List<String> problems = contract.check(operation, response.statusCode(), response.contentType(),
                    response.asString());
            if (!problems.isEmpty()) {
                throw new AssertionError(operation.describe() + " broke its documented contract: "
                        + String.join("; ", problems));
            }
            ObservedResponses.record(operation, response.statusCode());
        });
        return response;
    }

    private static OpenApiContract load(String origin) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("the OpenAPI document at " + origin + " answered " + answer.statusCode());
            }
            return OpenApiContract.parse(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("the OpenAPI document at " + origin + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading the OpenAPI document", e);
        }
    }
}
