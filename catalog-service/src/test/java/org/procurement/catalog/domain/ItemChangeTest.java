package org.procurement.catalog.domain;

import org.junit.jupiter.api.Test;
import org.procurement.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of a change that lowers control, without a database. */
class ItemChangeTest {

    static final Instant PROPOSED_AT = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration EXPIRY = Duration.ofDays(7);

    private final CatalogItem item = CatalogItem.create(ControlLoweringTest.CONTROLLED, "admin", PROPOSED_AT);

    private ItemChange lethalOff() {
        ItemDetails proposed = ControlLoweringTest.howitzer(Category.ARTILLERY, false, true, "ML2");
        return ItemChange.propose(item, proposed, ControlLowering.of(item.details(), proposed), "admin",
                PROPOSED_AT, EXPIRY);
    }

    @Test
    void aProposedChangeWaitsAgainstTheItemsVersionUntilItsExpiry() {
        ItemChange change = lethalOff();
        assertEquals(ItemChangeStatus.PENDING, change.statusAt(PROPOSED_AT));
        assertEquals(PROPOSED_AT.plus(EXPIRY), change.expiresAt());
        assertEquals(item.version(), change.itemVersion());
        assertEquals(List.of("lethal"), change.lowers().stream().map(ControlLowering.Lowered::field).toList());
        assertEquals(false, change.proposed().lethal());
    }

    @Test
    void theProposerCannotConfirmTheirOwnChange() {
        ItemChange change = lethalOff();
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> change.confirm("admin", item, PROPOSED_AT.plusSeconds(60)));
        assertEquals(RuleViolation.Kind.NOT_PERMITTED, refused.kind());
        assertEquals("separation-of-duties", refused.slug());
        assertEquals(ItemChangeStatus.PENDING, change.status());
    }

    @Test
    void aDifferentAdministratorConfirmsAndIsNamed() {
        ItemChange change = lethalOff();
        Instant at = PROPOSED_AT.plusSeconds(60);
        change.confirm("jisoo", item, at);
        assertEquals(ItemChangeStatus.CONFIRMED, change.status());
        assertEquals("jisoo", change.decidedBy());
        assertEquals(at, change.decidedAt());
        RuleViolation again = assertThrows(RuleViolation.class, () -> change.confirm("sora", item, at));
        assertEquals(RuleViolation.Kind.CONFLICT, again.kind());
        assertEquals("change-not-pending", again.slug());
    }

    @Test
    void aChangeProposedAgainstAnOlderVersionIsRefused() {
        ItemChange change = lethalOff();
        item.atVersion(change.itemVersion() + 1);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> change.confirm("jisoo", item, PROPOSED_AT.plusSeconds(60)));
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
        assertEquals("item-changed", refused.slug());
        assertEquals(ItemChangeStatus.PENDING, change.status());
    }

    @Test
    void anExpiredChangeCanNeitherBeConfirmedNorWithdrawn() {
        ItemChange change = lethalOff();
        Instant expiry = PROPOSED_AT.plus(EXPIRY);
        assertEquals(ItemChangeStatus.PENDING, change.statusAt(expiry.minusMillis(1)));
        assertEquals(ItemChangeStatus.EXPIRED, change.statusAt(expiry));
        assertEquals(RuleViolation.Kind.CONFLICT, assertThrows(RuleViolation.class, () -> change.confirm("jisoo", item, expiry)).kind());
        assertEquals(RuleViolation.Kind.CONFLICT, assertThrows(RuleViolation.class, () -> change.withdraw("jisoo", expiry)).kind());
        change.expireIfDue(expiry);
        assertEquals(ItemChangeStatus.EXPIRED, change.status());
    }

    @Test
    void aWithdrawnChangeCannotBeConfirmed() {
        ItemChange change = lethalOff();
        change.withdraw("admin", PROPOSED_AT.plusSeconds(1));
        assertEquals(ItemChangeStatus.WITHDRAWN, change.statusAt(PROPOSED_AT.plusSeconds(2)));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> change.confirm("jisoo", item, PROPOSED_AT.plusSeconds(2)));
        assertEquals("change-not-pending", refused.slug());
    }
}
