package org.procurement.catalog.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stock and reservations as the domain keeps them: no more set aside than there is, nothing released twice. */
class StockTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /** A howitzer item with {@code available} in stock (the fixture's ten, adjusted). */
    private static CatalogItem itemWith(int available) {
        CatalogItem item = CatalogItem.create(ControlLoweringTest.CONTROLLED, "admin", NOW);
        item.release(available + 1);
        item.reserve(item.availableQuantity() - available);
        assertEquals(available, item.availableQuantity());
        return item;
    }

    @Test
    void aReservationTakesFromWhatIsAvailableAndAReleaseGivesItBack() {
        CatalogItem item = itemWith(6);
        item.reserve(4);
        assertEquals(2, item.availableQuantity());
        item.release(4);
        assertEquals(6, item.availableQuantity());
    }

    @Test
    void neverMoreThanIsAvailableAndNothingChangesWhenRefused() {
        CatalogItem item = itemWith(3);
        assertFalse(item.canSupply(4));
        assertThrows(IllegalStateException.class, () -> item.reserve(4));
        assertEquals(3, item.availableQuantity());
        assertTrue(item.canSupply(3));
        item.reserve(3);
        assertEquals(0, item.availableQuantity());
    }

    @Test
    void aWithdrawnItemSuppliesNothingButTakesBackWhatWasReserved() {
        CatalogItem item = itemWith(5);
        item.reserve(2);
        item.withdraw("admin", NOW);
        assertFalse(item.canSupply(1));
        assertThrows(IllegalStateException.class, () -> item.reserve(1));
        item.release(2);
        assertEquals(5, item.availableQuantity());
    }

    @Test
    void quantitiesArePositive() {
        CatalogItem item = itemWith(5);
        assertThrows(IllegalStateException.class, () -> item.reserve(0));
        assertThrows(IllegalStateException.class, () -> item.reserve(-2));
        assertThrows(IllegalArgumentException.class, () -> item.release(0));
        assertEquals(5, item.availableQuantity());
    }

    @Test
    void aReservationIsReleasedOnce() {
        Reservation reservation = Reservation.active("REQ-2026-000001", "request-service", NOW);
        assertFalse(reservation.isReleased());
        reservation.release(NOW);
        assertTrue(reservation.isReleased());
        assertEquals(NOW, reservation.releasedAt());
        assertThrows(IllegalStateException.class, () -> reservation.release(NOW.plusSeconds(60)));
        assertEquals(NOW, reservation.releasedAt());
    }
}
