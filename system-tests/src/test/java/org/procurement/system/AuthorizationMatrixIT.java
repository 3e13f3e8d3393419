package org.procurement.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.procurement.stack.ServiceSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, for the whole suite, from one table (src/test/resources/authorization-matrix.csv): every operation
 * of every service's OpenAPI document must have a row, and every cell (operation × identity) is called against the
 * running services with real Keycloak tokens; the status must be exactly the one in the table. Mutating cells that
 * are expected to succeed get fresh resources; refused ones aim at sacrificial resources, so that a refusal that
 * wrongly succeeded cannot spoil another cell.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

    private static final String TABLE = "authorization-matrix.csv";
    private static final Map<String, ServiceSpec> SERVICES = Map.of(
            "catalog", ServiceSpec.CATALOG, "request", ServiceSpec.REQUEST, "approval", ServiceSpec.APPROVAL);

    private record Operation(String service, String method, String path) {
        String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    private record Row(Operation operation, Map<Identity, Integer> expected) {
    }

    /** What a cell sends: path parameters, query, headers and body. */
    private record Call(Map<String, Object> pathParams, Map<String, Object> query, Map<String, String> headers, Object body) {
        static Call of() {
            return new Call(Map.of(), Map.of(), Map.of(), null);
        }

        static Call path(String name, Object value) {
            return new Call(Map.of(name, value), Map.of(), Map.of(), null);
        }

        Call body(Object newBody) {
            return new Call(pathParams, query, headers, newBody);
        }

        /** A document upload (multipart) of these bytes. */
        Call multipart(byte[] file) {
            return new Call(pathParams, query, headers, file);
        }

        Call header(String name, String value) {
            Map<String, String> all = new HashMap<>(headers);
            all.put(name, value);
            return new Call(pathParams, query, all, body);
        }

        Call query(String name, Object value) {
            Map<String, Object> all = new HashMap<>(query);
            all.put(name, value);
            return new Call(pathParams, all, headers, body);
        }
    }

    private static List<Row> table;

    // Resources the cells address (created through the API).
    private static String itemId;
    private static String itemSku;
    private static String victimItemId;
    private static String reservation;
    private static String requestId;
    private static String requestReference;
    private static String caseId;
    private static String draftForRefusals;
    private static String caseForRefusals;
    private static String withdrawnRequestId;
    private static String withdrawnCaseId;
    private static Map<String, Object> checkpoint;
    private static String papersRequestId;
    private static String papersDocumentId;
    private static final AtomicInteger DELEGATION_SLOTS = new AtomicInteger();

    @BeforeAll
    static void readTheTableAndPrepare() throws IOException {
        table = readTable();
        Identity.ensureOtherApp();

        Map<String, Object> item = newItem();
        itemId = created(Api.catalog("admin").body(item).post("/catalog/items"));
        itemSku = (String) item.get("sku");
        victimItemId = created(Api.catalog("admin").body(newItem()).post("/catalog/items"));
        reservation = "MTX-" + UUID.randomUUID().toString().substring(0, 8);
        asService("request-service", ServiceSpec.CATALOG).body(reservationBody(reservation)).post("/catalog/reservations")
                .then().statusCode(201);

        requestId = submittedRequest("Matrix: the request every reader addresses");
        requestReference = Api.requests("olena").get("/requests/" + requestId).then().statusCode(200)
                .extract().path("reference");
        caseId = Api.caseOf(requestId, 1);
        Api.awaitStatus("olena", requestId, "IN_REVIEW");
        draftForRefusals = Api.createDraft("olena", requestBody("Matrix: the draft nobody else may touch"));
        caseForRefusals = Api.caseOf(submittedRequest("Matrix: the case nobody unentitled may decide"), 1);
        withdrawnRequestId = submittedRequest("Matrix: a withdrawn request");
        withdrawnCaseId = Api.caseOf(withdrawnRequestId, 1);
        Api.requests("olena").body(Map.of("reason", "Matrix fixture")).post("/requests/" + withdrawnRequestId + "/withdraw")
                .then().statusCode(200);
        papersRequestId = Api.createDraft("olena", requestBody("Matrix: a request with papers"));
        papersDocumentId = Api.upload("olena", papersRequestId, "END_USER_CERTIFICATE", "euc.pdf", Api.CERTIFICATE_PDF);
        Api.submit("olena", papersRequestId);
        checkpoint = AuditInsiderIT.awaitCheckpointCopy(0);
        Story.say("matrix fixtures: item %s, olena's request %s (case %s), a draft, a case and a withdrawn request; "
                + "audit checkpoint %s at request-service", itemSku, requestReference, caseId, checkpoint.get("seq"));
    }

    @Test
    @Order(1)
    void everyOperationOfEveryOpenApiDocumentHasARowAndEveryRowAnOperation() {
        Set<String> documented = new TreeSet<>();
        SERVICES.forEach((name, service) -> {
            Map<String, Map<String, Object>> paths = RestAssured.given().baseUri(Suite.get().url(service))
                    .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().path("paths");
            paths.forEach((path, methods) -> methods.keySet().stream()
                    .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m))
                    .forEach(m -> documented.add(new Operation(name, m.toUpperCase(), path).toString())));
        });
        Set<String> inTable = new TreeSet<>();
        table.forEach(row -> inTable.add(row.operation().toString()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(documented);
        assertEquals(Set.of(), missing, "operations in the OpenAPI documents without a row in " + TABLE);
        assertEquals(Set.of(), stale, "rows in " + TABLE + " for operations the services no longer have");
        assertEquals(inTable.size(), table.size(), "one row per operation");
        Story.say("%d operations in the three OpenAPI documents, each with a row in %s", documented.size(), TABLE);
    }

    @Test
    @Order(2)
    void everyCellAnswersWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Row row : table) {
            for (Map.Entry<Identity, Integer> cell : row.expected().entrySet()) {
                Identity who = cell.getKey();
                int expected = cell.getValue();
                Response response;
                try {
                    response = call(row.operation(), who, prepare(row.operation(), who, expected));
                } catch (RuntimeException | AssertionError e) {
                    wrong.add("%s as %s: could not be run: %s".formatted(row.operation(), who.label, e));
                    continue;
                }
                byStatus.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() != expected) {
                    wrong.add("%s as %s: expected %d, got %d %s".formatted(row.operation(), who.label, expected,
                            response.statusCode(), abbreviate(response.asString())));
                } else if (who == Identity.PIOTR && expected < 300) {
                    String body = response.asString();
                    for (String olenas : List.of(requestId, requestReference, caseId)) {
                        if (body.contains(olenas)) {
                            wrong.add("%s as piotr: answer contains %s of UA-MOD".formatted(row.operation(), olenas));
                        }
                    }
                }
            }
        }
        int cells = table.size() * Identity.values().length;
        Story.say("authorization matrix: %d operations × %d identities = %d cells; statuses %s; %d wrong",
                table.size(), Identity.values().length, cells, byStatus, wrong.size());
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    // ---- the table ----

    private static List<Row> readTable() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Identity> columns = null;
        try (InputStream in = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertTrue(in != null, TABLE + " on the test class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (int i = 3; i < cells.length; i++) {
                        columns.add(Identity.of(cells[i].strip()));
                    }
                    assertEquals(Set.of(Identity.values()), Set.copyOf(columns), "one column per identity");
                    continue;
                }
                assertEquals(3 + columns.size(), cells.length, "cells in row: " + line);
                Map<Identity, Integer> expected = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    expected.put(columns.get(i), Integer.parseInt(cells[3 + i].strip()));
                }
                rows.add(new Row(new Operation(cells[0].strip(), cells[1].strip(), cells[2].strip()), expected));
            }
        }
        return rows;
    }

    private static Response call(Operation operation, Identity who, Call call) {
        RequestSpecification spec = RestAssured.given().baseUri(Suite.get().url(SERVICES.get(operation.service())))
                .accept(ContentType.JSON).pathParams(call.pathParams()).queryParams(call.query()).headers(call.headers());
        String token = who.token();
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        if (call.body() instanceof byte[] file) {
            spec = spec.multiPart("file", "euc.pdf", file, "application/pdf").multiPart("kind", "END_USER_CERTIFICATE");
        } else if (call.body() != null) {
            spec = spec.contentType(call.headers().getOrDefault("Content-Type", ContentType.JSON.toString()))
                    .body(call.body());
        }
        return spec.request(operation.method(), operation.path());
    }

    // ---- what each operation's cells send ----

    private static Call prepare(Operation operation, Identity who, int expected) {
        boolean succeeds = expected < 300;
        return switch (operation.key()) {
            case "GET /catalog/items", "GET /catalog/categories", "GET /requests", "GET /tasks", "GET /cases",
                 "GET /policies", "GET /audit/verify" -> Call.of();
            case "GET /catalog/items/{id}" -> Call.path("id", itemId);
            case "GET /catalog/items/by-sku/{sku}" -> Call.path("sku", itemSku);
            case "POST /catalog/items" -> Call.of().body(newItem());
            case "PUT /catalog/items/{id}" -> {
                String id = succeeds ? created(Api.catalog("admin").body(newItem()).post("/catalog/items")) : victimItemId;
                Response current = Api.catalog("admin").get("/catalog/items/" + id);
                Map<String, Object> body = itemInput(current.then().statusCode(200).extract().path(""));
                body.put("description", "Changed by " + who.label);
                yield Call.path("id", id).body(body).header("If-Match", current.header("ETag"));
            }
            case "POST /catalog/items/{id}/withdraw" -> Call.path("id", succeeds
                    ? created(Api.catalog("admin").body(newItem()).post("/catalog/items")) : victimItemId);
            case "GET /catalog/items/{id}/history", "GET /catalog/items/{id}/changes" -> Call.path("id", itemId);
            case "GET /catalog/items/{id}/changes/{changeId}", "POST /catalog/items/{id}/changes/{changeId}/confirmation",
                 "DELETE /catalog/items/{id}/changes/{changeId}" -> {
                // Four eyes: admin confirms or withdraws what jisoo proposed (a fresh pending change per cell).
                String[] change = loweringProposedBy("jisoo");
                yield new Call(Map.of("id", change[0], "changeId", change[1]), Map.of(), Map.of(), null);
            }
            case "POST /catalog/reservations" -> Call.of().body(reservationBody("MTX-" + UUID.randomUUID().toString()
                    .substring(0, 8)));
            case "GET /catalog/reservations/{reference}" -> Call.path("reference", reservation);
            case "DELETE /catalog/reservations/{reference}" -> {
                String reference = reservation;
                if (succeeds) {
                    reference = "MTX-" + UUID.randomUUID().toString().substring(0, 8);
                    asService("request-service", ServiceSpec.CATALOG).body(reservationBody(reference))
                            .post("/catalog/reservations").then().statusCode(201);
                }
                yield Call.path("reference", reference);
            }

            case "POST /requests" -> Call.of().body(requestBody("Matrix: a new draft by " + who.label));
            case "GET /requests/{id}", "GET /requests/{id}/timeline" -> Call.path("id", requestId);
            case "GET /requests/by-reference/{reference}" -> Call.path("reference", requestReference);
            case "PUT /requests/{id}" -> {
                String id = succeeds ? Api.createDraft("olena", requestBody("Matrix: a draft to edit")) : draftForRefusals;
                String etag = Api.requests("olena").get("/requests/" + id).then().statusCode(200).extract().header("ETag");
                yield Call.path("id", id).header("If-Match", etag)
                        .body(requestBody("Matrix: edited by " + who.label));
            }
            case "PATCH /requests/{id}" -> {
                String id = succeeds ? Api.createDraft("olena", requestBody("Matrix: a draft to patch")) : draftForRefusals;
                String etag = Api.requests("olena").get("/requests/" + id).then().statusCode(200).extract().header("ETag");
                yield Call.path("id", id).header("If-Match", etag).header("Content-Type", "application/merge-patch+json")
                        .body("{\"title\": \"Matrix: patched by " + who.label + "\"}");
            }
            case "POST /requests/{id}/documents" -> {
                String id = succeeds ? Api.createDraft("olena", requestBody("Matrix: a draft to attach to"))
                        : draftForRefusals;
                yield Call.path("id", id).multipart(Api.CERTIFICATE_PDF);
            }
            case "GET /requests/{id}/documents" -> Call.path("id", papersRequestId);
            case "GET /requests/{id}/documents/{documentId}" -> new Call(Map.of("id", papersRequestId,
                    "documentId", papersDocumentId), Map.of(), Map.of("Accept", "application/pdf"), null);
            case "DELETE /requests/{id}/documents/{documentId}" -> {
                String id = Api.createDraft("olena", requestBody("Matrix: a draft with a document to remove"));
                yield new Call(Map.of("id", id, "documentId", Api.upload("olena", id, "LETTER", "letter.pdf",
                        Api.CERTIFICATE_PDF)), Map.of(), Map.of(), null);
            }
            case "POST /requests/{id}/submit" -> Call.path("id", succeeds
                    ? Api.createDraft("olena", requestBody("Matrix: a draft to submit")) : draftForRefusals);
            case "POST /requests/{id}/withdraw" -> Call.path("id", succeeds
                    ? Api.createDraft("olena", requestBody("Matrix: a draft to withdraw")) : draftForRefusals)
                    .body(Map.of("reason", "Withdrawn by " + who.label));
            case "POST /internal/requests/{requestId}/events" -> {
                // A case event for a request that was withdrawn meanwhile: acknowledged (200, applied false).
                Map<String, Object> event = new HashMap<>();
                event.put("eventId", UUID.randomUUID().toString());
                event.put("type", "CASE_OPENED");
                event.put("round", 1);
                event.put("caseId", withdrawnCaseId);
                event.put("occurredAt", Instant.now().toString());
                event.put("actor", null);
                yield Call.path("requestId", withdrawnRequestId).body(event);
            }
            // The newest checkpoint copy sent again, as the outbox retries it: acknowledged, nothing changes (200).
            case "POST /internal/audit-checkpoints" -> Call.of().body(Map.of("seq", checkpoint.get("seq"),
                    "hash", checkpoint.get("hash"), "createdAt", checkpoint.get("createdAt"),
                    "keyId", checkpoint.get("keyId"), "signature", checkpoint.get("signature")));
            case "GET /internal/audit-checkpoints/latest" -> Call.of();

            case "GET /cases/{id}" -> Call.path("id", caseId);
            case "POST /cases/{id}/stages/{stageKey}/decisions" -> {
                String stage = stageOf(who);
                String id = succeeds ? caseOpenAt(stage) : caseForRefusals;
                yield new Call(Map.of("id", id, "stageKey", stage), Map.of(), Map.of(),
                        Map.of("outcome", "APPROVE", "comment", who.label + " in the authorization matrix"));
            }
            case "GET /policies/{version}" -> Call.path("version", 1);
            case "POST /policies" -> {
                // The current policy published again: a new version that routes exactly like the last one.
                int current = Api.approvals("audrey").get("/policies").then().statusCode(200)
                        .extract().path("find { it.current }.version");
                Map<String, Object> policy = Api.approvals("audrey").get("/policies/" + current).then().statusCode(200)
                        .extract().path("");
                yield Call.of().body(Map.of("name", policy.get("name"), "stages", policy.get("stages")));
            }
            case "GET /policies/proposals" -> Call.of();
            case "GET /policies/proposals/{id}", "GET /policies/proposals/{id}/impact" -> Call.path("id", proposalBy("minseo"));
            // Four eyes: daeho approves or rejects what minseo proposed.
            case "POST /policies/proposals/{id}/approval" -> Call.path("id", proposalBy("minseo"));
            case "POST /policies/proposals/{id}/rejection" -> Call.path("id", proposalBy("minseo"))
                    .body(Map.of("reason", "Rejected by " + who.label + " in the authorization matrix"));
            case "POST /routes/preview" -> Call.of().body(Map.of("priority", "ROUTINE", "destinationCountry", "PL",
                    "lines", List.of(Map.of("sku", "KR-LOG-KM250", "quantity", 40, "unitPrice", 95000.00,
                            "lethal", false, "majorDefenseEquipment", false))));
            case "GET /audit/export" -> Call.of().query("format", "jsonl").header("Accept", "application/jsonl");
            case "POST /internal/cases" -> {
                // request-service's retry of an opening already done: the same case, 200.
                Object opened = Api.approvals("audrey").get("/cases/" + caseId).then().statusCode(200)
                        .extract().path("request");
                yield Call.of().body(opened);
            }
            case "POST /tasks/{caseId}/{stageKey}/claim", "POST /tasks/{caseId}/{stageKey}/release" -> {
                String stage = stageOf(who);
                String id = succeeds ? caseOpenAt(stage) : caseForRefusals;
                if (succeeds && operation.path().endsWith("/release")) {
                    Api.approvals(who.label).post("/tasks/" + id + "/" + stage + "/claim").then().statusCode(200);
                }
                yield new Call(Map.of("caseId", id, "stageKey", stage), Map.of(), Map.of(), null);
            }
            case "POST /delegations" -> Call.of().body(delegationBody(who));
            case "GET /delegations" -> Call.of();
            // A delegation minjun gave: he and auditors read it, only he (or its delegate) ends it.
            case "GET /delegations/{id}", "DELETE /delegations/{id}" -> Call.path("id",
                    created(Api.approvals("minjun").body(delegationBody(Identity.MINJUN)).post("/delegations")));
            case "POST /internal/cases/cancellations" -> Call.of().body(Map.of("requestId", withdrawnRequestId,
                    "reason", "Matrix: cancelled again", "actor", "olena"));
            default -> throw new AssertionError("no preparation for " + operation
                    + ": add one in AuthorizationMatrixIT.prepare when adding a row");
        };
    }

    // ---- resources ----

    /** A new item with a pending change that makes it non-lethal, proposed by a catalogue administrator. */
    private static String[] loweringProposedBy(String admin) {
        String id = created(Api.catalog("admin").body(newItem()).post("/catalog/items"));
        Response current = Api.catalog(admin).get("/catalog/items/" + id);
        Map<String, Object> body = itemInput(current.then().statusCode(200).extract().path(""));
        body.put("lethal", false);
        String change = Api.catalog(admin).header("If-Match", current.header("ETag")).body(body)
                .put("/catalog/items/" + id).then().statusCode(202).extract().path("id");
        return new String[] {id, change};
    }

    /**
     * A delegation of the caller's role to a colleague of their organisation, for an hour in a slot of its own weeks
     * ahead: never in force while the other system tests run, and never overlapping another.
     */
    private static Map<String, Object> delegationBody(Identity who) {
        String[] roleAndColleague = switch (who) {
            case SEOYEON -> new String[] {"export-control", "yuna"};
            case JIHO -> new String[] {"policy-board", "hana"};
            case DAEHO -> new String[] {"authorizer", "minseo"};
            default -> new String[] {"reviewer", "yuna"};
        };
        Instant from = Instant.now().plus(Duration.ofDays(60))
                .plus(Duration.ofHours(2L * DELEGATION_SLOTS.incrementAndGet()));
        return Map.of("delegate", roleAndColleague[1], "role", roleAndColleague[0], "from", from.toString(),
                "until", from.plus(Duration.ofHours(1)).toString(),
                "reason", "Authorization matrix: " + who.label);
    }

    /** The current policy proposed again (it routes exactly like the current one), by an authorizer. */
    private static String proposalBy(String authorizer) {
        int current = Api.approvals("audrey").get("/policies").then().statusCode(200)
                .extract().path("find { it.current }.version");
        Map<String, Object> policy = Api.approvals("audrey").get("/policies/" + current).then().statusCode(200)
                .extract().path("");
        return Api.approvals(authorizer).body(Map.of("name", policy.get("name"), "stages", policy.get("stages")))
                .post("/policies").then().statusCode(202).extract().path("id");
    }

    private static String created(Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification asService(String client, ServiceSpec service) {
        return RestAssured.given().baseUri(Suite.get().url(service)).auth().oauth2(Keycloak.serviceAccount(client))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static Map<String, Object> newItem() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", "KR-MTX-" + suffix);
        item.put("designation", "Matrix " + suffix);
        item.put("name", "Test howitzer of the authorization matrix");
        item.put("category", "ARTILLERY");
        item.put("manufacturer", "System tests");
        item.put("description", "Exists only in the system tests.");
        item.put("lethal", true);
        item.put("majorDefenseEquipment", true);
        item.put("mlCode", "ML2");
        item.put("unitPrice", Map.of("amount", 1000000.00, "currency", "USD"));
        item.put("unitOfIssue", "vehicle");
        item.put("availableQuantity", 100000);
        item.put("leadTimeDays", 30);
        return item;
    }

    /** An item as read, reduced to the fields an update takes. */
    private static Map<String, Object> itemInput(Map<String, Object> read) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (String field : newItem().keySet()) {
            input.put(field, read.get(field));
        }
        return input;
    }

    private static Map<String, Object> reservationBody(String reference) {
        return Map.of("reference", reference, "lines", List.of(Map.of("itemId", itemId, "quantity", 1)));
    }

    private static Map<String, Object> requestBody(String title) {
        return Api.request(title, "UA", Map.of(itemId, 1));
    }

    private static String submittedRequest(String title) {
        String id = Api.createDraft("olena", requestBody(title));
        Api.submit("olena", id);
        return id;
    }

    /** The stage each decider's role decides; technical review for everyone else. */
    private static String stageOf(Identity who) {
        return switch (who) {
            case MINJUN -> "technical-review";
            case SEOYEON -> "export-control";
            case JIHO -> "policy-board";
            case DAEHO -> "final-authorization";
            default -> "technical-review";
        };
    }

    /** A fresh case whose {@code stage} is open: the stages before it approved by other deciders. */
    private static String caseOpenAt(String stage) {
        String id = Api.caseOf(submittedRequest("Matrix: a case to decide at " + stage), 1);
        List<String[]> before = switch (stage) {
            case "policy-board" -> List.of(new String[] {"sora", "technical-review"}, new String[] {"seoyeon", "export-control"});
            case "final-authorization" -> List.of(new String[] {"sora", "technical-review"},
                    new String[] {"seoyeon", "export-control"}, new String[] {"hana", "policy-board"},
                    new String[] {"jiho", "policy-board"});
            default -> List.of();
        };
        for (String[] decision : before) {
            Api.decide(decision[0], id, decision[1], "APPROVE", null, null).then().statusCode(201);
        }
        return id;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
