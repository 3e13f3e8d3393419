package org.procurement.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

/** Quantities held for an external reference (a request's reference) until released. */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

    public enum Status { ACTIVE, RELEASED }

    @Id
    public String reference;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "released_at")
    public Instant releasedAt;
    @OneToMany(mappedBy = "reservation", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("position")
    public List<ReservationLine> lines = new ArrayList<>();

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
            if (!line.itemId.equals(wanted.get(i).itemId()) || line.quantity != wanted.get(i).quantity()) {
                return false;
            }
        }
        return true;
    }
}
