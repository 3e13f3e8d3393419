package org.procurement.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Quantities held for an external reference (a request's reference) until released. */
@Entity
@Table(name = "reservation")
public class Reservation {

    public enum Status { ACTIVE, RELEASED }

    @Id
    private String reference;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "released_at")
    private Instant releasedAt;
    @OneToMany(mappedBy = "reservation", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<ReservationLine> lines = new ArrayList<>();

    public boolean isReleased() {
        return status == Status.RELEASED;
    }

    /** Ends the reservation; its quantities go back to the items (the caller's part). Releasing twice is refused. */
    public void release(Instant at) {
        if (isReleased()) {
            throw new IllegalStateException("reservation " + reference + " was released at " + releasedAt);
        }
        status = Status.RELEASED;
        releasedAt = at;
    }

    /** Whether a retry asks for exactly what this reservation already holds. */
    public boolean holdsSameLinesAs(List<ReservationLine.Wanted> wanted) {
        if (wanted.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            ReservationLine line = lines.get(i);
            if (!line.itemId().equals(wanted.get(i).itemId()) || line.quantity() != wanted.get(i).quantity()) {
                return false;
            }
        }
        return true;
    }

    public String reference() {
        return reference;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public List<ReservationLine> lines() {
        return lines;
    }

    /** A new, active reservation (the service claims the reference in the database first, then loads it). */
    public static Reservation active(String reference, String by, Instant at) {
        Reservation reservation = new Reservation();
        reservation.reference = reference;
        reservation.status = Status.ACTIVE;
        reservation.createdBy = by;
        reservation.createdAt = at;
        return reservation;
    }

    /** Adds a line that holds {@code quantity} of an item (the item's stock is taken by {@link CatalogItem#reserve}). */
    public ReservationLine hold(UUID itemId, String sku, int quantity) {
        ReservationLine line = ReservationLine.of(this, lines.size(), itemId, sku, quantity);
        lines.add(line);
        return line;
    }
}
