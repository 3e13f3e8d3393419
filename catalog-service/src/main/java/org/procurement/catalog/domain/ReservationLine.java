package org.procurement.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
public class ReservationLine extends PanacheEntityBase {

    /** A line as asked for, before it is held. */
    public record Wanted(UUID itemId, int quantity) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "reference")
    public Reservation reservation;
    public int position;
    @Column(name = "item_id")
    public UUID itemId;
    public String sku;
    public int quantity;
}
