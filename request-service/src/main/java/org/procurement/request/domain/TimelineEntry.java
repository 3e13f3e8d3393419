package org.procurement.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change to a request: who, when, what, and from which status to which. Never updated once written. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id")
    private UUID requestId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private TimelineAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private RequestStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private RequestStatus toStatus;
    private int round;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(UUID requestId, Instant occurredAt, String actor, TimelineAction action, RequestStatus fromStatus,
            RequestStatus toStatus, int round, String detail) {
        this.requestId = requestId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.round = round;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public Long id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public TimelineAction action() {
        return action;
    }

    public RequestStatus fromStatus() {
        return fromStatus;
    }

    public RequestStatus toStatus() {
        return toStatus;
    }

    public int round() {
        return round;
    }

    public String detail() {
        return detail;
    }
}
