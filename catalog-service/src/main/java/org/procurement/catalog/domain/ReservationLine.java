package org.procurement.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** How much of one item a reservation holds. */
@Entity
@Table(name = "reservation_line")
public class ReservationLine {

    /** A line as asked for, before it is held. */
    public record Wanted(UUID itemId, int quantity) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "reference")
    private Reservation reservation;
    private int position;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    private int quantity;

    public Long id() {
        return id;
    }

    public Reservation reservation() {
        return reservation;
    }

    public int position() {
        return position;
    }

    public UUID itemId() {
        return itemId;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    static ReservationLine of(Reservation reservation, int position, UUID itemId, String sku, int quantity) {
        ReservationLine line = new ReservationLine();
        line.reservation = reservation;
        line.position = position;
        line.itemId = itemId;
        line.sku = sku;
        line.quantity = quantity;
        return line;
    }
}
