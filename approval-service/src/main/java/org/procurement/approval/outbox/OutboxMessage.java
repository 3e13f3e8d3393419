package org.procurement.approval.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * An event for request-service, stored with the change it announces. Its id is the contract's {@code eventId}, so
 * a relay can deliver it at least once and the receiver still applies it once.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    private String type;
    @JdbcTypeCode(SqlTypes.JSON)
    private String payload;
    @Column(name = "created_at")
    private Instant createdAt;
    private int attempts;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxMessage() {
    }

    OutboxMessage(UUID id, UUID requestId, String type, String payload, Instant createdAt) {
        this.id = id;
        this.requestId = requestId;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    /** Where the relay delivers it (contracts.md: approval-service → request-service). */
    public String path() {
        return "/internal/requests/" + requestId + "/events";
    }
}
