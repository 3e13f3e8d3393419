package org.procurement.system;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.procurement.stack.Database;
import org.procurement.stack.ServiceSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many users on the same requests and cases at the same moment: each race is started together by a latch, every
 * call must finish (no deadlock) with a success or a 4xx problem (never a 5xx), exactly one of the conflicting calls
 * wins, and afterwards the three services agree: request statuses, case outcomes and reserved units reconcile.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrencyIT {

    private static final String TAG = "Concurrency " + UUID.randomUUID().toString().substring(0, 8);
    private static final String HELMET = "6ab209f0-cf72-5702-81f2-9c164bfff5bb";
    private static final String AMMUNITION_VEHICLE = "8fcfeca2-f18f-546e-a143-7b5e250fa621";
    private static final String AIR_DEFENCE_RADAR = "d90d7e11-0266-50a3-b403-da815dd29c2c";
    private static final List<String> THREE_STAGES = List.of("technical-review", "export-control", "final-authorization");

    /** Reservations the catalogue refused for approved requests (no stock left), counted by the over-reservation race. */
    private static long refusedReservations;

    @Test
    @Order(1)
    void conflictingEditsOfOneDraftHaveExactlyOneWinnerAndNoLostUpdate() {
        String id = Api.createDraft("olena", body("Edited by many", Map.of(HELMET, 10)));
        Map<String, Long> total = new TreeMap<>();
        for (int round = 1; round <= 4; round++) {
            Http.Reply read = Http.get("olena", ServiceSpec.REQUEST, "/requests/" + id);
            String etag = read.etag();
            List<Http.Reply> replies = race(8, i -> Http.send(i % 2 == 0 ? "olena" : "taras", ServiceSpec.REQUEST, "PUT",
                    "/requests/" + id, body("Edit " + i, Map.of(HELMET, 10 + i)), Map.of("If-Match", etag)));
            Map<String, Long> outcomes = tally(replies);
            outcomes.forEach((label, n) -> total.merge(label, n, Long::sum));
            List<Http.Reply> winners = replies.stream().filter(Http.Reply::ok).toList();
            assertEquals(1, winners.size(), "exactly one edit wins: " + outcomes);
            assertTrue(replies.stream().allMatch(r -> r.ok() || (r.problem() && (r.status() == 412 || r.status() == 409))),
                    "the others are told 412 or 409: " + outcomes);
            Http.Reply after = Http.get("olena", ServiceSpec.REQUEST, "/requests/" + id);
            assertEquals(winners.get(0).text("title"), after.text("title"), "the winner's edit is what is stored");
            assertEquals(winners.get(0).etag(), after.etag());
            assertTrue(!etag.equals(after.etag()), "the version moved on once");
        }
        long edited = Sql.number(Database.REQUEST,
                "SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND action = 'EDITED'", id);
        assertEquals(4, edited, "one edit per round on the timeline");
        Story.say("4 rounds of 8 simultaneous edits with the same If-Match: 4 won, the rest were refused %s; "
                + "4 EDITED entries on the timeline", total);
    }

    @Test
    @Order(2)
    void doubleSubmitsMakeOneTransitionOneCaseAndOneReservation() {
        int helmetsBefore = Api.available(HELMET);
        Map<String, Long> total = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            String id = Api.createDraft("olena", body("Submitted many times " + n, Map.of(HELMET, 5)));
            ids.add(id);
            List<Http.Reply> replies = race(6, i -> Http.post(i % 2 == 0 ? "olena" : "taras", ServiceSpec.REQUEST,
                    "/requests/" + id + "/submit", null));
            Map<String, Long> outcomes = tally(replies);
            outcomes.forEach((label, k) -> total.merge(label, k, Long::sum));
            assertEquals(1, replies.stream().filter(Http.Reply::ok).count(), "exactly one submit succeeds: " + outcomes);
            assertTrue(replies.stream().allMatch(r -> r.ok() || (r.problem() && r.status() == 409)),
                    "the others get 409: " + outcomes);
        }
        for (String id : ids) {
            approveAll(Api.caseOf(id, 1), THREE_STAGES);
        }
        for (String id : ids) {
            Api.awaitStatus("olena", id, "APPROVED");
        }
        List<UUID> uuids = Ledger.ids(ids);
        assertEquals(4, Sql.number(Database.APPROVAL, "SELECT count(*) FROM approval_case WHERE request_id = ANY(?)", uuids));
        assertEquals(4, Sql.number(Database.REQUEST,
                "SELECT count(*) FROM outbox_message WHERE aggregate_id = ANY(?) AND path = '/internal/cases'",
                ids), "one case-opening event per request");
        assertEquals(4, Sql.number(Database.REQUEST,
                "SELECT count(*) FROM timeline_entry WHERE request_id = ANY(?) AND action = 'SUBMITTED'", uuids));
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.available(HELMET) == helmetsBefore - 4 * 5);
        assertEquals(4, Sql.number(Database.CATALOG, "SELECT count(*) FROM reservation WHERE reference = ANY(?)",
                references(ids)), "one reservation per request");
        Story.say("4 requests each submitted by 6 clients at once: %s; 4 cases, 4 SUBMITTED entries, 4 reservations, "
                + "helmets %d -> %d", total, helmetsBefore, Api.available(HELMET));
    }

    @Test
    @Order(3)
    void racingDecisionsRespectTheQuorumAndCloseTheCaseOnce() {
        Map<String, Long> quorumRaces = new TreeMap<>();
        Map<String, Long> finalRaces = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int n = 0; n < 3; n++) {
            String id = Api.createDraft("taras", body("Decided by many " + n, Map.of(Api.CHIRON, 1)));
            Api.submit("taras", id);
            String caseId = Api.caseOf(id, 1);
            approveAll(caseId, List.of("technical-review", "export-control"));
            // The policy board needs two different members: jiho and hana each try three times at once.
            List<Http.Reply> board = race(6, i -> decision(i % 2 == 0 ? "jiho" : "hana", caseId, "policy-board",
                    "APPROVE"));
            tally(board).forEach((label, k) -> quorumRaces.merge(label, k, Long::sum));
            assertEquals(2, board.stream().filter(Http.Reply::ok).count(), "one approval per member: " + tally(board));
            assertTrue(board.stream().allMatch(r -> r.ok() || (r.problem() && r.status() == 409)), tally(board).toString());
            assertEquals(2, Sql.number(Database.APPROVAL,
                    "SELECT count(*) FROM decision WHERE case_id = ?::uuid AND stage_key = 'policy-board'", caseId));
            // The authorizer's approval and rejection race each other: one outcome wins, the case closes once.
            List<Http.Reply> last = race(4, i -> decision("daeho", caseId, "final-authorization",
                    i % 2 == 0 ? "APPROVE" : "REJECT"));
            tally(last).forEach((label, k) -> finalRaces.merge(label, k, Long::sum));
            assertEquals(1, last.stream().filter(Http.Reply::ok).count(), "one final decision: " + tally(last));
            assertTrue(last.stream().allMatch(r -> r.ok() || (r.problem() && r.status() == 409)), tally(last).toString());
            // A decision answers with the case as it now is.
            String expected = last.stream().filter(Http.Reply::ok).findFirst().orElseThrow().text("status");
            assertTrue(expected.equals("APPROVED") || expected.equals("REJECTED"), expected);
            outcomes.merge(expected, 1, Integer::sum);
            Api.awaitStatus("taras", id, expected);
            assertEquals(1, Sql.number(Database.APPROVAL,
                    "SELECT count(*) FROM audit_entry WHERE case_id = ?::uuid AND type = 'CASE_CLOSED'", caseId));
            assertEquals(expected, Sql.rows(Database.APPROVAL, "SELECT status FROM approval_case WHERE id = ?::uuid",
                    caseId).get(0).get("status"));
            assertEquals(1, Sql.number(Database.REQUEST,
                    "SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND action = 'DECIDED'", id));
        }
        // Two reviewers decide the same single-approval stage at once, one approving and one rejecting.
        Map<String, Long> reviewRaces = new TreeMap<>();
        for (int n = 0; n < 3; n++) {
            String id = Api.createDraft("olena", body("Reviewed twice " + n, Map.of(HELMET, 1)));
            Api.submit("olena", id);
            String caseId = Api.caseOf(id, 1);
            List<Http.Reply> review = race(2, i -> i == 0 ? decision("minjun", caseId, "technical-review", "APPROVE")
                    : decisionWithReason("sora", caseId, "technical-review", "REJECT"));
            tally(review).forEach((label, k) -> reviewRaces.merge(label, k, Long::sum));
            assertEquals(1, review.stream().filter(Http.Reply::ok).count(), "one review decision: " + tally(review));
            if ("REJECTED".equals(review.stream().filter(Http.Reply::ok).findFirst().orElseThrow().text("status"))) {
                Api.awaitStatus("olena", id, "REJECTED");
                outcomes.merge("REJECTED (review)", 1, Integer::sum);
            } else {
                outcomes.merge("review approved, left open", 1, Integer::sum);
            }
        }
        Story.say("policy board, 6 simultaneous votes x 3 cases: %s; final authorization, approve vs reject x 3: %s; "
                + "reviewer approve vs reject x 3: %s; outcomes %s, each case closed once",
                quorumRaces, finalRaces, reviewRaces, outcomes);
    }

    @Test
    @Order(4)
    void withdrawingWhileTheFinalApprovalLandsEndsConsistentlyWithNothingReserved() {
        int helmetsBefore = Api.available(HELMET);
        Map<String, Integer> endings = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            String id = Api.createDraft("olena", body("Withdrawn at the last moment " + n, Map.of(HELMET, 7)));
            Api.submit("olena", id);
            String caseId = Api.caseOf(id, 1);
            Api.awaitStatus("olena", id, "IN_REVIEW");
            approveAll(caseId, List.of("technical-review", "export-control"));
            ids.add(id);
            cases.add(caseId);
        }
        for (int n = 0; n < ids.size(); n++) {
            String id = ids.get(n);
            String caseId = cases.get(n);
            List<Http.Reply> both = race(2, i -> i == 0
                    ? Http.post("olena", ServiceSpec.REQUEST, "/requests/" + id + "/withdraw",
                            Map.of("reason", "Delivered by another programme"))
                    : decision("daeho", caseId, "final-authorization", "APPROVE"));
            Http.Reply withdrawal = both.get(0);
            Http.Reply approval = both.get(1);
            assertTrue(withdrawal.ok() || approval.ok(), "one of the two wins: " + withdrawal.label() + " / "
                    + approval.label());
            String caseStatus;
            if (withdrawal.ok() && approval.ok()) {
                // The approval was applied before the withdrawal arrived: an approved request withdrawn, one after
                // the other; its reservation is made and released.
                awaitSettled(id);
                caseStatus = caseStatusOf(caseId);
                assertEquals("APPROVED", caseStatus);
                assertEquals("WITHDRAWN", Api.status("olena", id));
                assertEquals(1, Sql.number(Database.REQUEST, "SELECT count(*) FROM timeline_entry WHERE request_id ="
                        + " ?::uuid AND action = 'DECIDED'", id), "withdrawn after the approval was applied");
                assertEquals(0, activeReservations(id), "released once withdrawn after approval");
                endings.merge("approval applied first, then withdrawn (reserved, released)", 1, Integer::sum);
            } else if (withdrawal.ok()) {
                assertTrue(approval.problem() && approval.status() == 409, approval.label());
                awaitSettled(id);
                caseStatus = caseStatusOf(caseId);
                assertEquals("CANCELLED", caseStatus, "the case is cancelled before the withdrawal answers");
                assertEquals("WITHDRAWN", Api.status("olena", id));
                assertEquals(0, activeReservations(id), "nothing reserved for a withdrawn request");
                endings.merge("withdrawal won, case CANCELLED, approval 409", 1, Integer::sum);
            } else {
                assertTrue(withdrawal.problem() && withdrawal.status() == 409
                        && withdrawal.label().contains("case-decided"), withdrawal.label());
                Api.awaitStatus("olena", id, "APPROVED");
                awaitSettled(id);
                caseStatus = caseStatusOf(caseId);
                assertEquals("APPROVED", caseStatus);
                assertEquals(1, activeReservations(id), "the approval won: its quantities are reserved");
                // Given up afterwards, as the ministry may: the reservation is released.
                Http.post("olena", ServiceSpec.REQUEST, "/requests/" + id + "/withdraw",
                        Map.of("reason", "Delivered by another programme"));
                Api.awaitStatus("olena", id, "WITHDRAWN");
                awaitSettled(id);
                assertEquals(0, activeReservations(id), "released once withdrawn after approval");
                endings.merge("approval won, withdrawal 409; withdrawn afterwards (reserved, released)", 1,
                        Integer::sum);
            }
        }
        assertEquals(helmetsBefore, Api.available(HELMET), "every helmet is available again");
        Story.say("withdraw racing the final approval x 4: never both at once (the loser got 409, or the withdrawal came"
                + " after the approval was applied); helmets back to %d; endings %s", helmetsBefore, endings);
    }

    @Test
    @Order(5)
    void parallelReservationsOfTheSameItemNeverExceedItsStock() {
        int vehiclesBefore = Api.available(AMMUNITION_VEHICLE);
        int wanted = 2;
        int callers = vehiclesBefore / wanted + 4;
        String service = Keycloak.serviceAccount("request-service");
        String prefix = "RACE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Http.Reply> replies = race(callers, i -> Http.send(service, Suite.get().url(ServiceSpec.CATALOG)
                + "/catalog/reservations", "POST", Map.of("reference", prefix + i,
                "lines", List.of(Map.of("itemId", AMMUNITION_VEHICLE, "quantity", wanted))), Map.of()));
        Map<String, Long> outcomes = tally(replies);
        long reserved = replies.stream().filter(Http.Reply::ok).count();
        assertEquals(vehiclesBefore / wanted, reserved, "as many as the stock allows, no more: " + outcomes);
        assertTrue(replies.stream().allMatch(r -> r.ok() || (r.problem() && r.status() == 409)), outcomes.toString());
        assertEquals(vehiclesBefore - reserved * wanted, Api.available(AMMUNITION_VEHICLE));
        for (int i = 0; i < callers; i++) {
            Http.send(service, Suite.get().url(ServiceSpec.CATALOG) + "/catalog/reservations/" + prefix + i, "DELETE",
                    null, Map.of());
        }
        assertEquals(vehiclesBefore, Api.available(AMMUNITION_VEHICLE));
        Story.say("%d reservations of %d K10 at once against a stock of %d: %s; released again", callers, wanted,
                vehiclesBefore, outcomes);

        // Through the whole flow: more approved requests for the radar than there are radars.
        int radarsBefore = Api.available(AIR_DEFENCE_RADAR);
        int requests = radarsBefore / wanted + 2;
        List<String> ids = new ArrayList<>();
        List<String> caseIds = new ArrayList<>();
        for (int n = 0; n < requests; n++) {
            String id = Api.createDraft("olena", body("Radar rush " + n, Map.of(AIR_DEFENCE_RADAR, wanted)));
            Api.submit("olena", id);
            ids.add(id);
        }
        for (String id : ids) {
            String caseId = Api.caseOf(id, 1);
            caseIds.add(caseId);
            approveAll(caseId, List.of("technical-review", "export-control"));
        }
        List<Http.Reply> finals = race(requests, i -> decision("daeho", caseIds.get(i), "final-authorization", "APPROVE"));
        assertTrue(finals.stream().allMatch(Http.Reply::ok), tally(finals).toString());
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                    List.of("APPROVED", "APPROVED_AWAITING_STOCK").contains(Api.status("olena", id)));
            awaitSettled(id);
        }
        long active = Sql.number(Database.CATALOG, "SELECT count(*) FROM reservation WHERE reference = ANY(?)",
                references(ids));
        long waiting = ids.stream().filter(id -> "APPROVED_AWAITING_STOCK".equals(Api.status("olena", id))).count();
        refusedReservations = Sql.number(Database.REQUEST, """
                SELECT count(*) FROM outbox_message WHERE aggregate_id = ANY(?) AND path = '/catalog/reservations'
                   AND dead_at IS NOT NULL AND last_error LIKE 'HTTP 409%'""", ids);
        assertEquals(radarsBefore / wanted, active, "reservations up to the stock");
        assertEquals(requests - active, refusedReservations, "the rest refused by the catalogue, none lost");
        assertEquals(refusedReservations, waiting, "each request refused for want of stock waits for it, visibly");
        assertEquals(radarsBefore - active * wanted, Api.available(AIR_DEFENCE_RADAR));
        Story.say("%d requests for %d radars each approved at once against a stock of %d: %d reserved, %d refused by "
                + "the catalogue and now APPROVED_AWAITING_STOCK, %d radars left",
                requests, wanted, radarsBefore, active, refusedReservations, Api.available(AIR_DEFENCE_RADAR));
    }

    @Test
    @Order(6)
    void theThreeServicesAgreeOnEveryRequestOfThisClass() {
        List<Map<String, Object>> requests = Sql.rows(Database.REQUEST,
                "SELECT id, reference, status, round FROM procurement_request WHERE title LIKE ?", TAG + " %");
        List<String> references = requests.stream().map(r -> (String) r.get("reference")).toList();
        Map<String, Long> byStatus = requests.stream().collect(Collectors.groupingBy(r -> (String) r.get("status"),
                TreeMap::new, Collectors.counting()));
        Map<String, Long> caseStatus = Sql.countsBy(Database.APPROVAL,
                "SELECT status, count(*) FROM approval_case WHERE reference = ANY(?) GROUP BY status", references);
        long activeReservations = Sql.number(Database.CATALOG,
                "SELECT count(*) FROM reservation WHERE reference = ANY(?) AND status = 'ACTIVE'", references);
        long releasedReservations = Sql.number(Database.CATALOG,
                "SELECT count(*) FROM reservation WHERE reference = ANY(?) AND status = 'RELEASED'", references);
        long withdrawnAfterApproval = Sql.number(Database.REQUEST, """
                SELECT count(*) FROM procurement_request r WHERE r.title LIKE ? AND r.status = 'WITHDRAWN'
                   AND EXISTS (SELECT 1 FROM timeline_entry t WHERE t.request_id = r.id AND t.action = 'DECIDED')""",
                TAG + " %");
        long approvalIgnored = Sql.number(Database.REQUEST, """
                SELECT count(*) FROM procurement_request r WHERE r.title LIKE ? AND r.status = 'WITHDRAWN'
                   AND EXISTS (SELECT 1 FROM timeline_entry t WHERE t.request_id = r.id AND t.action = 'EVENT_IGNORED')""",
                TAG + " %");
        long pending = Sql.number(Database.REQUEST,
                "SELECT count(*) FROM outbox_message WHERE aggregate_id = ANY(?) AND delivered_at IS NULL AND dead_at IS NULL",
                requests.stream().map(r -> r.get("id").toString()).toList());

        long approved = byStatus.getOrDefault("APPROVED", 0L);
        long waiting = byStatus.getOrDefault("APPROVED_AWAITING_STOCK", 0L);
        assertEquals(0, pending, "every event delivered");
        assertEquals(approved + waiting, caseStatus.getOrDefault("APPROVED", 0L) - withdrawnAfterApproval
                - approvalIgnored, "approved requests (reserved or waiting for stock) = approved cases, less those "
                + "withdrawn afterwards");
        assertEquals(byStatus.getOrDefault("REJECTED", 0L), caseStatus.getOrDefault("REJECTED", 0L));
        assertEquals(byStatus.getOrDefault("WITHDRAWN", 0L),
                caseStatus.getOrDefault("CANCELLED", 0L) + withdrawnAfterApproval + approvalIgnored);
        assertEquals(byStatus.getOrDefault("IN_REVIEW", 0L), caseStatus.getOrDefault("OPEN", 0L));
        assertEquals(approved, activeReservations, "one active reservation per approved request; those waiting for "
                + "stock hold none");
        assertEquals(refusedReservations, waiting, "every request the stock could not serve waits for it");
        assertEquals(withdrawnAfterApproval, releasedReservations, "released exactly for those withdrawn after approval");
        Story.say("reconciled %d requests of this class: requests %s = cases %s; %d withdrawn after approval, %d approvals "
                        + "ignored after withdrawal; %d active reservations (+%d refused for lack of stock), %d released",
                requests.size(), byStatus, caseStatus, withdrawnAfterApproval, approvalIgnored, activeReservations,
                refusedReservations, releasedReservations);
    }

    // ---- helpers ----

    private static Map<String, Object> body(String title, Map<String, Integer> lines) {
        return Api.request(TAG + " " + title, "UA", lines);
    }

    /** Runs {@code calls} calls released together by one latch; every one must finish within the deadline. */
    private static <T> List<T> race(int calls, IntFunction<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CountDownLatch ready = new CountDownLatch(calls);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(Http.DEADLINE.toSeconds() + 10, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new AssertionError("a racing call did not finish: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> tally(List<Http.Reply> replies) {
        for (Http.Reply reply : replies) {
            assertTrue(reply.status() >= 200 && reply.status() < 500, "no 5xx, no hang: " + reply.label());
        }
        return replies.stream().collect(Collectors.groupingBy(Http.Reply::label, TreeMap::new, Collectors.counting()));
    }

    private static Http.Reply decision(String user, String caseId, String stage, String outcome) {
        return "REJECT".equals(outcome) ? decisionWithReason(user, caseId, stage, outcome)
                : Http.post(user, ServiceSpec.APPROVAL, "/cases/" + caseId + "/stages/" + stage + "/decisions",
                Map.of("outcome", outcome, "comment", user + " racing"));
    }

    private static Http.Reply decisionWithReason(String user, String caseId, String stage, String outcome) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("outcome", outcome);
        decision.put("comment", user + " racing");
        decision.put("reason", "The quantities do not match the brigade's establishment");
        return Http.post(user, ServiceSpec.APPROVAL, "/cases/" + caseId + "/stages/" + stage + "/decisions", decision);
    }

    private static void approveAll(String caseId, List<String> stages) {
        Map<String, String> deciders = Map.of("technical-review", "minjun", "export-control", "seoyeon",
                "final-authorization", "daeho");
        for (String stage : stages) {
            Api.decide(deciders.get(stage), caseId, stage, "APPROVE", null, null).then().statusCode(201);
        }
    }

    /** Until neither service has an event for this request still to deliver. */
    private static void awaitSettled(String requestId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                Sql.number(Database.REQUEST, "SELECT count(*) FROM outbox_message WHERE aggregate_id = ? "
                        + "AND delivered_at IS NULL AND dead_at IS NULL", requestId) == 0
                && Sql.number(Database.APPROVAL, "SELECT count(*) FROM outbox_message WHERE aggregate_id = ? "
                        + "AND delivered_at IS NULL AND dead_at IS NULL", requestId) == 0);
    }

    private static String caseStatusOf(String caseId) {
        return (String) Sql.rows(Database.APPROVAL, "SELECT status FROM approval_case WHERE id = ?::uuid", caseId)
                .get(0).get("status");
    }

    private static long activeReservations(String requestId) {
        return Sql.number(Database.CATALOG, "SELECT count(*) FROM reservation WHERE reference = ? AND status = 'ACTIVE'",
                reference(requestId));
    }

    private static String reference(String id) {
        return (String) Sql.rows(Database.REQUEST, "SELECT reference FROM procurement_request WHERE id = ?::uuid", id)
                .get(0).get("reference");
    }

    private static List<String> references(List<String> ids) {
        return ids.stream().map(ConcurrencyIT::reference).toList();
    }
}
