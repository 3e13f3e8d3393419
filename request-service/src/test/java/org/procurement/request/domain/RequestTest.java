package org.procurement.request.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.procurement.support.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.request.domain.RequestStatus.APPROVED;
import static org.procurement.request.domain.RequestStatus.APPROVED_AWAITING_STOCK;
import static org.procurement.request.domain.RequestStatus.APPROVED_WITH_CONDITIONS;
import static org.procurement.request.domain.RequestStatus.DRAFT;
import static org.procurement.request.domain.RequestStatus.IN_REVIEW;
import static org.procurement.request.domain.RequestStatus.REJECTED;
import static org.procurement.request.domain.RequestStatus.RETURNED;
import static org.procurement.request.domain.RequestStatus.SUBMITTED;
import static org.procurement.request.domain.RequestStatus.WITHDRAWN;

/** The lifecycle rules of a request, without HTTP or a database. */
class RequestTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final UUID HOWITZER = UUID.randomUUID();
    private static final UUID RADAR = UUID.randomUUID();
    /** The documents of a complete request: its signed end-user certificate. */
    private static final Set<DocumentKind> PAPERS = Set.of(DocumentKind.END_USER_CERTIFICATE);

    private static final Map<UUID, CatalogueEntry> CATALOGUE = Map.of(
            HOWITZER, entry(HOWITZER, "KR-ART-K9A1", "3500000.00", 24, false),
            RADAR, entry(RADAR, "KR-RAD-1", "1250000.50", 5, false));

    private static CatalogueEntry entry(UUID id, String sku, String price, int available, boolean withdrawn) {
        return new CatalogueEntry(id, sku, sku + " designation", new BigDecimal(price), "USD", true, true, "ML4",
                available, withdrawn);
    }

    private static RequestDetails complete(List<LineItem> lines) {
        return new RequestDetails("Artillery", "Losses", "Territorial defence", Priority.URGENT,
                TODAY.plusMonths(3), new DeliveryDestination("UA", "Kyiv"), FinancingMethod.GRANT,
                new EndUserCertificate("EUC-1", "MoD of Ukraine", TODAY.minusDays(10), "Deputy Minister",
                        "Armed Forces of Ukraine", true), lines);
    }

    private static Request draft() {
        return Request.draft(UUID.randomUUID(), "REQ-2026-000001", "UA-MOD",
                complete(List.of(new LineItem(HOWITZER, 6, null), new LineItem(RADAR, 2, "spare"))), "olena", NOW);
    }

    private static Request in(RequestStatus status) {
        Request request = draft();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> request.submit(CATALOGUE, PAPERS, "olena", NOW);
            case IN_REVIEW -> {
                request.submit(CATALOGUE, PAPERS, "olena", NOW);
                request.openCase(List.of(), "approval-service", NOW);
            }
            case APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, RETURNED -> {
                request.submit(CATALOGUE, PAPERS, "olena", NOW);
                request.openCase(List.of(), "approval-service", NOW);
                request.decide(CaseOutcome.valueOf(status.name()), "conditions", "reason", "daeho", NOW);
            }
            case APPROVED_AWAITING_STOCK -> {
                request.submit(CATALOGUE, PAPERS, "olena", NOW);
                request.openCase(List.of(), "approval-service", NOW);
                request.decide(CaseOutcome.APPROVED_WITH_CONDITIONS, "Two tranches", null, "daeho", NOW);
                request.awaitStock("only 1 left", NOW);
            }
            case WITHDRAWN -> request.withdraw("not needed", "olena", false, NOW);
        }
        assertEquals(status, request.status());
        return request;
    }

    private static void assertRefusedNaming(RequestStatus current, Runnable move) {
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, move::run);
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
        assertEquals(current.name(), refused.facts().get("currentStatus"));
        assertTrue(refused.getMessage().contains(current.name()), refused.getMessage());
    }

    @Test
    void theLifecycleAllowsExactlyTheseMoves() {
        Map<RequestStatus, Set<RequestStatus>> legal = Map.of(
                DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
                SUBMITTED, EnumSet.of(IN_REVIEW, APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, RETURNED, WITHDRAWN),
                IN_REVIEW, EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, RETURNED, WITHDRAWN),
                RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
                APPROVED, EnumSet.of(WITHDRAWN, APPROVED_AWAITING_STOCK),
                APPROVED_WITH_CONDITIONS, EnumSet.of(WITHDRAWN, APPROVED_AWAITING_STOCK),
                APPROVED_AWAITING_STOCK, EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, WITHDRAWN),
                REJECTED, EnumSet.noneOf(RequestStatus.class),
                WITHDRAWN, EnumSet.noneOf(RequestStatus.class));
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                assertEquals(legal.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
            }
        }
    }

    @Test
    void aRequestWaitingForStockKeepsItsConditionsAndGetsThemBackWhenReserved() {
        Request waiting = in(APPROVED_AWAITING_STOCK);
        assertEquals("Two tranches", waiting.conditions());
        assertEquals(false, waiting.awaitStock("again", NOW), "waiting already: nothing changes");
        assertEquals(true, waiting.stockReserved(NOW));
        assertEquals(APPROVED_WITH_CONDITIONS, waiting.status());
        assertEquals(false, waiting.stockReserved(NOW));
        for (RequestStatus other : List.of(DRAFT, SUBMITTED, IN_REVIEW, REJECTED, RETURNED, WITHDRAWN)) {
            Request request = in(other);
            assertEquals(false, request.awaitStock("short", NOW), other + " cannot wait for stock");
            assertEquals(other, request.status());
        }
        Request approved = in(APPROVED);
        approved.takeRecordedEntries();
        assertEquals(true, approved.awaitStock("only 1 left", NOW));
        List<TimelineEntry> entries = approved.takeRecordedEntries();
        assertEquals(TimelineAction.RESERVATION_REFUSED, entries.get(0).action());
        assertEquals("catalog-service", entries.get(0).actor());
        assertTrue(entries.get(0).detail().contains("only 1 left"), entries.get(0).detail());
        assertEquals(true, approved.stockReserved(NOW));
        assertEquals(APPROVED, approved.status());
    }

    @Test
    void aNewDraftIsRecordedOnTheTimeline() {
        Request request = draft();
        List<TimelineEntry> entries = request.takeRecordedEntries();
        assertEquals(1, entries.size());
        assertEquals(TimelineAction.CREATED, entries.get(0).action());
        assertNull(entries.get(0).fromStatus());
        assertEquals(DRAFT, entries.get(0).toStatus());
        assertEquals("olena", entries.get(0).actor());
        assertTrue(request.takeRecordedEntries().isEmpty(), "entries are handed over once");
    }

    @Test
    void submissionFreezesTheCatalogueFactsAndTotals() {
        Request request = draft();
        request.submit(CATALOGUE, PAPERS, "taras", NOW);
        assertEquals(SUBMITTED, request.status());
        assertEquals(1, request.round());
        assertEquals("taras", request.submittedBy());
        assertEquals(new BigDecimal("21000000.00"), request.lines().get(0).lineTotal());
        assertEquals(new BigDecimal("2500001.00"), request.lines().get(1).lineTotal());
        assertEquals(new BigDecimal("23500001.00"), request.total());
        assertEquals("USD", request.currency());
        assertEquals("KR-ART-K9A1", request.lines().get(0).snapshot().sku());
        assertTrue(request.lines().get(0).snapshot().lethal());
    }

    @Test
    void everySubmissionGapIsListedAtOnce() {
        Request request = Request.draft(UUID.randomUUID(), "REQ-2026-000002", "UA-MOD",
                new RequestDetails("Only a title", null, null, null, null, null, null, null, List.of()), "olena", NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> request.requireSubmittable(TODAY));
        assertEquals(RuleViolation.Kind.INCOMPLETE, refused.kind());
        assertEquals(Set.of("justification", "intendedEndUse", "priority", "neededBy", "financingMethod",
                        "destination.country", "destination.location", "endUserCertificate.number",
                        "endUserCertificate.issuingAuthority", "endUserCertificate.issueDate",
                        "endUserCertificate.signatory", "endUserCertificate.endUser",
                        "endUserCertificate.noReExportUndertaking", "lines"),
                refused.faults().stream().map(RuleViolation.Fault::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals(DRAFT, request.status());
    }

    @Test
    void neededByMustBeInTheFutureAtSubmission() {
        RequestDetails today = new RequestDetails("t", "j", "u", Priority.ROUTINE, TODAY,
                new DeliveryDestination("UA", "Lviv"), FinancingMethod.LOAN,
                new EndUserCertificate("n", "a", TODAY, "s", "e", true), List.of(new LineItem(HOWITZER, 1, null)));
        Request request = Request.draft(UUID.randomUUID(), "REQ-2026-000003", "UA-MOD", today, "olena", NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> request.submit(CATALOGUE, PAPERS, "olena", NOW));
        assertEquals(List.of("neededBy"), refused.faults().stream().map(RuleViolation.Fault::field).toList());
    }

    @Test
    void linesNamingTheSameItemAreComparedWithAvailabilityTogether() {
        Request request = Request.draft(UUID.randomUUID(), "REQ-2026-000004", "UA-MOD",
                complete(List.of(new LineItem(RADAR, 3, null), new LineItem(RADAR, 3, null))), "olena", NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> request.submit(CATALOGUE, PAPERS, "olena", NOW));
        assertEquals(RuleViolation.Kind.INCOMPLETE, refused.kind());
        assertEquals(List.of("lines[0].quantity", "lines[1].quantity"),
                refused.faults().stream().map(RuleViolation.Fault::field).toList());
        assertEquals(DRAFT, request.status());
        assertEquals(0, request.round());
    }

    @Test
    void unknownAndWithdrawnItemsAreRefusedNamingTheirLines() {
        UUID unknown = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        Map<UUID, CatalogueEntry> catalogue = Map.of(HOWITZER, CATALOGUE.get(HOWITZER),
                old, entry(old, "KR-OLD", "1.00", 100, true));
        Request request = Request.draft(UUID.randomUUID(), "REQ-2026-000005", "UA-MOD",
                complete(List.of(new LineItem(HOWITZER, 1, null), new LineItem(unknown, 1, null),
                        new LineItem(old, 1, null))), "olena", NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> request.submit(catalogue, PAPERS, "olena", NOW));
        assertEquals(List.of("lines[1].itemId", "lines[2].itemId"),
                refused.faults().stream().map(RuleViolation.Fault::field).toList());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"SUBMITTED", "IN_REVIEW", "APPROVED",
            "APPROVED_WITH_CONDITIONS", "REJECTED", "WITHDRAWN"})
    void onlyDraftsAndReturnedRequestsMayBeEditedOrSubmitted(RequestStatus status) {
        Request request = in(status);
        assertRefusedNaming(status, () -> request.edit(complete(List.of()), "olena", NOW));
        assertRefusedNaming(status, () -> request.submit(CATALOGUE, PAPERS, "olena", NOW));
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"APPROVED", "APPROVED_WITH_CONDITIONS", "REJECTED", "WITHDRAWN"})
    void noCaseEventFollowsAFinalStatus(RequestStatus status) {
        Request request = in(status);
        assertRefusedNaming(status, () -> request.openCase(List.of(), "approval-service", NOW));
        assertRefusedNaming(status, () -> request.decide(CaseOutcome.APPROVED, null, null, "daeho", NOW));
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"REJECTED", "WITHDRAWN"})
    void nothingFollowsARejectionOrAWithdrawal(RequestStatus status) {
        Request request = in(status);
        assertRefusedNaming(status, () -> request.withdraw("late", "olena", false, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED", "APPROVED",
            "APPROVED_WITH_CONDITIONS"})
    void withdrawalIsPossibleUntilRejectedOrWithdrawn(RequestStatus status) {
        Request request = in(status);
        request.withdraw("Requirement met elsewhere", "taras", true, NOW);
        assertEquals(WITHDRAWN, request.status());
        assertEquals("Requirement met elsewhere", request.statusReason());
    }

    @Test
    void aLethalLineNeedsTheSignedEndUserCertificateDocument() {
        Request request = in(DRAFT);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> request.submit(CATALOGUE, Set.of(DocumentKind.TECHNICAL_SPECIFICATION), "olena", NOW));
        assertEquals(RuleViolation.Kind.INCOMPLETE, refused.kind());
        assertEquals("documents", refused.faults().get(0).field());
        assertEquals(DRAFT, request.status());
        request.submit(CATALOGUE, PAPERS, "olena", NOW);
        assertEquals(SUBMITTED, request.status());
    }

    @Test
    void onlyTheSubmitterOrARequestManagerWithdraws() {
        Request submitted = in(SUBMITTED);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> submitted.withdraw("Not mine to withdraw", "taras", false, NOW));
        assertEquals(RuleViolation.Kind.NOT_PERMITTED, refused.kind());
        assertEquals("not-submitter", refused.slug());
        assertEquals(SUBMITTED, submitted.status());
        submitted.withdraw("Mine", "olena", false, NOW);
        assertEquals(WITHDRAWN, submitted.status());

        Request draft = in(DRAFT);
        assertThrows(RuleViolation.class, () -> draft.withdraw("Not mine", "taras", false, NOW));
        draft.withdraw("Managed", "taras", true, NOW);
        assertEquals(WITHDRAWN, draft.status());
    }

    @Test
    void aDraftCannotBeDecidedOrPutInReview() {
        Request request = in(DRAFT);
        assertRefusedNaming(DRAFT, () -> request.openCase(List.of(), "approval-service", NOW));
        assertRefusedNaming(DRAFT, () -> request.decide(CaseOutcome.REJECTED, null, "no", "daeho", NOW));
    }

    @Test
    void aCaseOpensOnlyOnce() {
        Request request = in(IN_REVIEW);
        assertRefusedNaming(IN_REVIEW, () -> request.openCase(List.of(), "approval-service", NOW));
    }

    @Test
    void decisionsNeedTheirConditionsOrReasons() {
        Request request = in(IN_REVIEW);
        assertEquals(RuleViolation.Kind.INVALID, assertThrows(RuleViolation.class,
                () -> request.decide(CaseOutcome.APPROVED_WITH_CONDITIONS, " ", null, "daeho", NOW)).kind());
        assertEquals(RuleViolation.Kind.INVALID, assertThrows(RuleViolation.class,
                () -> request.decide(CaseOutcome.RETURNED, null, null, "daeho", NOW)).kind());
        assertEquals(IN_REVIEW, request.status());
        assertEquals(RuleViolation.Kind.INVALID,
                assertThrows(RuleViolation.class, () -> request.withdraw("", "olena", false, NOW)).kind());
    }

    @Test
    void aReturnedRequestIsEditedAndResubmittedIntoANewRound() {
        Request request = in(RETURNED);
        assertEquals("reason", request.statusReason());
        request.edit(complete(List.of(new LineItem(RADAR, 1, null))), "olena", NOW);
        assertNull(request.total(), "an edit drops the old round's prices");
        request.submit(CATALOGUE, PAPERS, "olena", NOW);
        assertEquals(SUBMITTED, request.status());
        assertEquals(2, request.round());
        assertNull(request.statusReason());
        assertEquals(new BigDecimal("1250000.50"), request.total());
    }

    @Test
    void eachChangeRecordsFromAndToStatus() {
        Request request = in(APPROVED_WITH_CONDITIONS);
        List<TimelineEntry> entries = request.takeRecordedEntries();
        assertEquals(List.of(TimelineAction.CREATED, TimelineAction.SUBMITTED, TimelineAction.CASE_OPENED,
                TimelineAction.DECIDED), entries.stream().map(TimelineEntry::action).toList());
        TimelineEntry decided = entries.get(3);
        assertEquals(IN_REVIEW, decided.fromStatus());
        assertEquals(APPROVED_WITH_CONDITIONS, decided.toStatus());
        assertEquals("daeho", decided.actor());
        assertEquals("conditions", request.conditions());
    }
}
