package org.procurement.catalog.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.catalog.domain.Reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Reservation", description = "Quantities held for a reference.")
public record ReservationView(
        @Schema(example = "REQ-2026-000123") String reference,
        Reservation.Status status,
        List<Line> lines,
        Instant createdAt,
        @Schema(description = "When the quantities were given back; absent while active.") Instant releasedAt) {

    @Schema(name = "ReservationLine")
    public record Line(UUID itemId, @Schema(example = "KR-ART-K9A1") String sku, @Schema(example = "6") int quantity) {
    }

    public static ReservationView of(Reservation reservation) {
        return new ReservationView(reservation.reference(), reservation.status(),
                reservation.lines().stream().map(line -> new Line(line.itemId(), line.sku(), line.quantity())).toList(),
                reservation.createdAt(), reservation.releasedAt());
    }
}
