package org.procurement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad input, systematically: every operation of the service's live OpenAPI document gets a few hundred inputs,
 * each a valid request with one thing broken (see {@link InputGenerator}), and every answer must have the
 * {@link Properties}. Inputs come from a fixed seed, so a failure names the input index that reproduces it.
 * A service's {@code @QuarkusTest} extends this and says, in {@link #plan()}, how to call each operation;
 * the per-operation counts go to stdout and to {@code target/fuzz-report.md}.
 */
public abstract class OpenApiFuzzContract {

    public static final long DEFAULT_SEED = 20261126L;
    private static final int MAX_FAULTS_SHOWN = 15;

    private static FuzzReport report;
    private static FuzzPlan plan;

    /** How to call each operation of the document (called once, with the application running). */
    protected abstract FuzzPlan plan();

    protected int inputsPerOperation() {
        return Integer.getInteger("fuzz.inputs", 200);
    }

    protected long seed() {
        return Long.getLong("fuzz.seed", DEFAULT_SEED);
    }

    private FuzzPlan cachedPlan() {
        if (plan == null) {
            plan = plan();
        }
        return plan;
    }

    private static JsonNode document() {
        return Schemas.parse(given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyDocumentedOperationIsFuzzedAndNoOtherIsPlanned() {
        Set<String> documented = new TreeSet<>();
        ApiOperation.allOf(document()).forEach(operation -> documented.add(operation.key()));
        assertEquals(documented, new TreeSet<>(cachedPlan().operations().keySet()),
                "Every operation of the OpenAPI document needs a fuzz setup (and every setup a documented operation)");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersBadInputWithAProblemNeverA5xx() {
        JsonNode document = document();
        String service = document.path("info").path("title").asText("service");
        report = new FuzzReport(service, seed());
        FuzzPlan setups = cachedPlan();
        FuzzClient client = new FuzzClient();
        // In the plan's order: an operation that changes what others depend on (a new policy) can go last.
        List<String> order = new ArrayList<>(setups.operations().keySet());
        return ApiOperation.allOf(document).stream()
                .filter(operation -> setups.operations().containsKey(operation.key()))
                .sorted(java.util.Comparator.comparingInt(operation -> order.indexOf(operation.key())))
                .map(operation -> DynamicTest.dynamicTest(operation.key(),
                        () -> fuzz(document, operation, setups.operations().get(operation.key()), client)));
    }

    private void fuzz(JsonNode document, ApiOperation operation, OperationSetup setup, FuzzClient client)
            throws Exception {
        long seed = seed() ^ operation.key().hashCode();
        InputGenerator generator = new InputGenerator(document, operation, setup, seed);
        FuzzReport.Tally tally = report.of(operation.key());
        List<String> faults = new ArrayList<>();
        long started = System.nanoTime();
        for (int index = 0; index < inputsPerOperation(); index++) {
            FuzzInput input = generator.next(index);
            String token = setup.token();
            FuzzResponse response;
            try {
                response = client.send(input, token);
            } catch (java.io.IOException e) {
                faults.add("#" + index + " " + input.describe() + "\n    -> connection failed: " + e);
                continue;
            }
            List<String> found = new ArrayList<>(Properties.violatedBy(input, response));
            if (input.verbatim() != null && response.status() / 100 == 2) {
                found.addAll(verbatim(input, response, token, client, tally));
            }
            tally.inputs++;
            tally.kinds.merge(input.kind(), 1, Integer::sum);
            tally.statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() / 100 == 2) {
                tally.success++;
            } else if (response.status() / 100 == 4) {
                tally.clientError++;
            }
            if (!found.isEmpty()) {
                tally.faults++;
                faults.add("#" + index + " " + input.describe() + "\n    -> " + String.join("\n    -> ", found));
            }
        }
        tally.millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(report.summaryLine(operation.key()));
        report.write(Path.of("target", "fuzz-report.md"));
        if (!faults.isEmpty()) {
            fail(faults.size() + " of " + inputsPerOperation() + " inputs to " + operation.key() + " broke a property"
                    + " (seed " + seed() + "):\n" + String.join("\n", faults.subList(0, Math.min(MAX_FAULTS_SHOWN,
                    faults.size()))));
        }
    }

    private static List<String> verbatim(FuzzInput input, FuzzResponse response, String token, FuzzClient client,
                                         FuzzReport.Tally tally) throws Exception {
        List<String> faults = new ArrayList<>();
        if (response.contentType().contains("json") && response.body().length > 0) {
            JsonNode answer = Schemas.parse(response.text());
            if (Properties.carries(input, answer)) {
                tally.echoChecks++;
                faults.addAll(Properties.verbatimFaults(input, answer, "the answer"));
            }
        }
        if (response.location() != null) {
            FuzzResponse stored = client.get(response.location(), token);
            if (stored.status() == 200 && Properties.carries(input, Schemas.parse(stored.text()))) {
                tally.echoChecks++;
                faults.addAll(Properties.verbatimFaults(input, Schemas.parse(stored.text()), "reading it back"));
            }
        }
        return faults;
    }

    @AfterAll
    static void writeReport() {
        if (report != null) {
            report.write(Path.of("target", "fuzz-report.md"));
        }
    }
}
