package org.procurement.system;

import org.procurement.stack.Database;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a load acknowledged, checked against the databases afterwards: every request answered 2xx is stored, every
 * acknowledged submission reached approval-service exactly once and came back as IN_REVIEW exactly once.
 */
final class Ledger {

    /** The IFAK: non-lethal, plentiful, so submissions of it never run out and route through three stages. */
    static final String FIRST_AID_KIT = "e0a30a81-f0d8-5e90-890a-d71cdad649e1";

    final String tag;
    final Set<String> created = ConcurrentHashMap.newKeySet();
    final Set<String> submitted = ConcurrentHashMap.newKeySet();
    /** Cases whose final authorization was acknowledged with 201. */
    final Set<String> finallyApproved = ConcurrentHashMap.newKeySet();
    /** Requests whose withdrawal was acknowledged with 200. */
    final Set<String> withdrawn = ConcurrentHashMap.newKeySet();
    private final java.util.Queue<String> withdrawable = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile int maxBacklog;

    /**
     * @param tag        starts the title of every request of this load, so that its rows can be counted in the database
     * @param maxBacklog submissions still undecided (neither finally approved nor withdrawn) at which submitters
     *                   wait: keeps the approvers' inboxes, and so every later test, small
     */
    Ledger(String tag, int maxBacklog) {
        this.tag = tag + " " + UUID.randomUUID().toString().substring(0, 8);
        this.maxBacklog = maxBacklog;
    }

    /** Lets submitters go further ahead of the approvers (while they cannot decide), or holds them back again. */
    void maxBacklog(int maxBacklog) {
        this.maxBacklog = maxBacklog;
    }

    int backlog() {
        return submitted.size() - finallyApproved.size() - withdrawn.size();
    }

    /** One client round: create a draft, then submit it; both answers tallied, acknowledged ids kept. */
    void createAndSubmit(Load load, String user) {
        if (backlog() >= maxBacklog) {
            pause();
            return;
        }
        Http.Reply draft = load.record("create", Http.post(user, org.procurement.stack.ServiceSpec.REQUEST, "/requests",
                Api.request(tag + " #" + created.size(), "UA", java.util.Map.of(FIRST_AID_KIT, 1))));
        if (!draft.ok()) {
            pause();
            return;
        }
        String id = draft.text("id");
        created.add(id);
        Http.Reply submit = load.record("submit", Http.post(user, org.procurement.stack.ServiceSpec.REQUEST,
                "/requests/" + id + "/submit", null));
        if (submit.ok()) {
            submitted.add(id);
            withdrawable.add(id);
        }
        thinkTime();
    }

    /** One withdrawer round: the oldest acknowledged submission not yet withdrawn, withdrawn (again later on a 503). */
    void withdrawOldest(Load load, String user) {
        String id = withdrawable.poll();
        if (id == null) {
            pause();
            return;
        }
        Http.Reply reply = load.record("withdraw", Http.post(user, org.procurement.stack.ServiceSpec.REQUEST,
                "/requests/" + id + "/withdraw", java.util.Map.of("reason", "Covered by another programme")));
        if (reply.ok()) {
            withdrawn.add(id);
        } else {
            withdrawable.add(id);
        }
        pause();
    }

    /**
     * After the load: withdraws what is still undecided (cancelling its case), so that no approver's inbox keeps this
     * load's cases.
     */
    void withdrawTheRest(String user) {
        List<String> open = Sql.rows(Database.APPROVAL,
                "SELECT request_id FROM approval_case WHERE title LIKE ? AND status = 'OPEN'", tag + " #%").stream()
                .map(row -> row.get("request_id").toString()).toList();
        for (String id : open) {
            Http.post(user, org.procurement.stack.ServiceSpec.REQUEST, "/requests/" + id + "/withdraw",
                    java.util.Map.of("reason", "End of the test"));
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> Sql.number(
                Database.APPROVAL, "SELECT count(*) FROM approval_case WHERE title LIKE ? AND status = 'OPEN'",
                tag + " #%") == 0);
    }

    /** One decider round: the first open task of {@code stage} on one of this load's cases, approved. */
    void decide(Load load, String user, String stage) {
        Http.Reply tasks = load.record("tasks", Http.get(user, org.procurement.stack.ServiceSpec.APPROVAL,
                "/tasks?limit=100&stage=" + stage));
        if (!tasks.ok()) {
            pause();
            return;
        }
        String caseId = null;
        for (var task : tasks.body().path("items")) {
            if (task.get("title").asText().startsWith(tag + " #") && stage.equals(task.get("stageKey").asText())) {
                caseId = task.get("caseId").asText();
                break;
            }
        }
        if (caseId == null) {
            pause();
            return;
        }
        Http.Reply decided = load.record("decide " + stage, Http.post(user, org.procurement.stack.ServiceSpec.APPROVAL,
                "/cases/" + caseId + "/stages/" + stage + "/decisions",
                java.util.Map.of("outcome", "APPROVE", "comment", user + " under load")));
        if (decided.ok() && stage.equals("final-authorization")) {
            finallyApproved.add(caseId);
        }
    }

    /**
     * Waits for every closed case of this load to reach request-service and the catalogue, then reconciles the three
     * services: cases APPROVED in approval-service = requests APPROVED in request-service = ACTIVE reservations of one
     * kit each in catalog-service; each case closed once in the audit trail; every acknowledged final authorization
     * among them.
     *
     * @return a one-line account for the story
     */
    String reconcileOutcomes(Duration within) {
        List<java.util.Map<String, Object>> cases = Sql.rows(Database.APPROVAL,
                "SELECT id, request_id, reference, status FROM approval_case WHERE title LIKE ?", tag + " #%");
        List<UUID> approvedRequests = cases.stream().filter(c -> "APPROVED".equals(c.get("status")))
                .map(c -> (UUID) c.get("request_id")).toList();
        List<String> approvedReferences = cases.stream().filter(c -> "APPROVED".equals(c.get("status")))
                .map(c -> (String) c.get("reference")).toList();
        List<String> allReferences = cases.stream().map(c -> (String) c.get("reference")).toList();
        List<UUID> caseIds = cases.stream().map(c -> (UUID) c.get("id")).toList();
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> Sql.number(Database.REQUEST,
                "SELECT count(*) FROM procurement_request WHERE id = ANY(?) AND status = 'APPROVED'", approvedRequests)
                == approvedRequests.size());
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> Sql.number(Database.CATALOG,
                "SELECT count(*) FROM reservation WHERE reference = ANY(?) AND status = 'ACTIVE'", approvedReferences)
                == approvedReferences.size());
        long reservations = Sql.number(Database.CATALOG, "SELECT count(*) FROM reservation WHERE reference = ANY(?)",
                allReferences);
        long reservedKits = Sql.number(Database.CATALOG,
                "SELECT coalesce(sum(quantity), 0) FROM reservation_line WHERE reference = ANY(?)", allReferences);
        long closedTwice = Sql.number(Database.APPROVAL, """
                SELECT count(*) FROM (SELECT case_id FROM audit_entry WHERE case_id = ANY(?) AND type = 'CASE_CLOSED'
                                       GROUP BY case_id HAVING count(*) > 1) twice""", caseIds);
        long acknowledgedApproved = Sql.number(Database.APPROVAL,
                "SELECT count(*) FROM approval_case WHERE id = ANY(?) AND status = 'APPROVED'", ids(finallyApproved));
        long deadMessages = Sql.number(Database.REQUEST,
                "SELECT count(*) FROM outbox_message WHERE aggregate_id = ANY(?) AND dead_at IS NOT NULL",
                cases.stream().map(c -> c.get("request_id").toString()).toList());
        assertEquals(approvedReferences.size(), reservations, "one reservation per approved case, none for others");
        assertEquals(approvedReferences.size(), reservedKits, "each reservation holds its one kit, once");
        assertEquals(0, closedTwice, "no case closed twice");
        assertEquals(finallyApproved.size(), acknowledgedApproved, "every acknowledged final authorization closed its case");
        assertEquals(0, deadMessages, "no event given up");
        return ("%d cases, %d approved (%d of them acknowledged to the authorizer) = %d requests APPROVED = %d "
                + "reservations holding %d kits; 0 closed twice, 0 events given up").formatted(cases.size(),
                approvedReferences.size(), finallyApproved.size(), approvedRequests.size(), reservations, reservedKits);
    }

    /** A person's pace, not a benchmark's: keeps the rows a fault test leaves behind in the hundreds. */
    private static void thinkTime() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failing client waits a little before the next try, as a real one would, instead of spinning. */
    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for the outboxes to settle, then checks every acknowledged call against the databases.
     *
     * @return a one-line account for the story
     */
    String reconcile(Duration within) {
        List<UUID> createdIds = ids(created);
        List<UUID> submittedIds = ids(submitted);
        long stored = Sql.number(Database.REQUEST, "SELECT count(*) FROM procurement_request WHERE id = ANY(?)", createdIds);
        long withTag = Sql.number(Database.REQUEST, "SELECT count(*) FROM procurement_request WHERE title LIKE ?", tag + " #%");
        assertEquals(created.size(), stored, "every draft acknowledged with 201 is stored");
        long stillDraft = Sql.number(Database.REQUEST,
                "SELECT count(*) FROM procurement_request WHERE id = ANY(?) AND status = 'DRAFT'", submittedIds);
        assertEquals(0, stillDraft, "no acknowledged submission is lost");

        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> Sql.number(Database.APPROVAL,
                "SELECT count(DISTINCT request_id) FROM approval_case WHERE request_id = ANY(?)", submittedIds)
                == submittedIds.size());
        // A request withdrawn before its case opened ignores the late CASE_OPENED; every other one applies it.
        List<UUID> kept = ids(submitted.stream().filter(id -> !withdrawn.contains(id)).toList());
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> Sql.number(Database.REQUEST,
                "SELECT count(DISTINCT request_id) FROM timeline_entry WHERE request_id = ANY(?) AND action = 'CASE_OPENED'",
                kept) == kept.size());
        long cases = Sql.number(Database.APPROVAL, "SELECT count(*) FROM approval_case WHERE request_id = ANY(?)",
                submittedIds);
        List<UUID> withdrawnIds = ids(withdrawn);
        assertEquals(withdrawn.size(), Sql.number(Database.REQUEST,
                "SELECT count(*) FROM procurement_request WHERE id = ANY(?) AND status = 'WITHDRAWN'", withdrawnIds),
                "every acknowledged withdrawal is stored");
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> Sql.number(Database.APPROVAL,
                "SELECT count(*) FROM approval_case WHERE request_id = ANY(?) AND status = 'CANCELLED'", withdrawnIds)
                == withdrawnIds.size());
        long timelineTwice = Sql.number(Database.REQUEST, """
                SELECT count(*) FROM (SELECT request_id, action FROM timeline_entry WHERE request_id = ANY(?)
                                       GROUP BY request_id, action HAVING count(*) > 1) twice""", createdIds);
        long ignored = Sql.number(Database.REQUEST,
                "SELECT count(*) FROM timeline_entry WHERE request_id = ANY(?) AND action = 'EVENT_IGNORED'", kept);
        assertEquals(submittedIds.size(), cases, "one case per acknowledged submission, none twice");
        assertEquals(0, timelineTwice, "no timeline action recorded twice for one request");
        assertEquals(0, ignored, "no case event arrived twice or out of order");
        return ("%d drafts acknowledged, %d stored (%d rows carry the load's tag); %d submissions acknowledged, "
                + "%d cases opened (one each); %d withdrawals acknowledged, %d stored, %d cases cancelled; "
                + "0 timeline actions twice").formatted(created.size(), stored, withTag, submitted.size(), cases,
                withdrawn.size(), withdrawn.size(), withdrawn.size());
    }

    static List<UUID> ids(Collection<String> ids) {
        return ids.stream().map(UUID::fromString).toList();
    }
}
