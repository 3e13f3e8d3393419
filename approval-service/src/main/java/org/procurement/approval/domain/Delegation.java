package org.procurement.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.procurement.support.domain.RuleViolation;
import org.procurement.support.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One approver's deciding role handed to a colleague of the same organisation for a period, while they are absent.
 * It knows its own rules: only a deciding role the delegator holds in their own right, never to themselves, a period
 * in the future no longer than the configured maximum; ended at once by either of the two people. Whether it is
 * active is read from the clock, so no timer ends it and every replica agrees.
 */
@Entity
@Table(name = "delegation")
public class Delegation {

    /** Grace for a start given as "now" by a client whose clock runs slightly behind. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Id
    private UUID id;
    private String delegator;
    private String delegate;
    private String organisation;
    private String role;
    @Column(name = "valid_from")
    private Instant validFrom;
    @Column(name = "valid_until")
    private Instant validUntil;
    private String reason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "ended_by")
    private String endedBy;

    protected Delegation() {
    }

    /**
     * @param from the start, or null for now
     * @param maximum the longest period a delegation may cover
     */
    public static Delegation give(Actor delegator, String delegate, String role, Instant from, Instant until,
                                  String reason, Instant now, Duration maximum) {
        if (!Roles.DECIDERS.contains(role)) {
            throw RuleViolation.invalid("role", "must be a deciding role: " + String.join(", ", Roles.DECIDERS));
        }
        if (delegate.equals(delegator.username())) {
            throw RuleViolation.invalid("delegate", "must be someone other than yourself");
        }
        Instant start = from == null ? now : from;
        if (start.isBefore(now.minus(CLOCK_SKEW))) {
            throw RuleViolation.invalid("from", "must not be in the past (leave it out to start now)");
        }
        if (!until.isAfter(start)) {
            throw RuleViolation.invalid("until", "must be after " + (from == null ? "now" : "from"));
        }
        if (Duration.between(start, until).compareTo(maximum) > 0) {
            boolean wholeDays = maximum.equals(Duration.ofDays(maximum.toDays()));
            throw RuleViolation.invalid("until", "must be at most " + (wholeDays ? maximum.toDays() + " days" : maximum)
                            + " after " + (from == null ? "now" : "from") + " (the longest delegation allowed)")
                    .with("maximum", wholeDays ? "P" + maximum.toDays() + "D" : maximum.toString());
        }
        if (!delegator.holds(role)) {
            throw RuleViolation.notPermitted("role-not-held", "Role not held",
                    "You do not hold role " + role + " in your own right, so you cannot delegate it; a role received "
                            + "by delegation is never passed on.");
        }
        Delegation d = new Delegation();
        d.id = UUID.randomUUID();
        d.delegator = delegator.username();
        d.delegate = delegate;
        d.organisation = delegator.organisation();
        d.role = role;
        d.validFrom = start;
        d.validUntil = until;
        d.reason = reason;
        d.createdAt = now;
        return d;
    }

    /** Ends it now; the delegator withdraws it or the delegate declines it. */
    public void end(String by, Instant now) {
        if (!by.equals(delegator) && !by.equals(delegate)) {
            throw RuleViolation.notFound("Delegation", id);
        }
        if (endedAt != null || !validUntil.isAfter(now)) {
            throw RuleViolation.conflict("delegation-ended", "Delegation ended",
                    "Delegation " + id + " already ended at " + (endedAt != null ? endedAt + " (by " + endedBy + ")" : validUntil)
                            + ".").with("endedAt", endedAt != null ? endedAt : validUntil);
        }
        endedAt = now;
        endedBy = by;
    }

    public boolean activeAt(Instant now) {
        return endedAt == null && !validFrom.isAfter(now) && validUntil.isAfter(now);
    }

    /** Whether this and a period of the same role would both be in force at some moment. */
    public boolean overlaps(Instant from, Instant until) {
        Instant end = endedAt != null && endedAt.isBefore(validUntil) ? endedAt : validUntil;
        return from.isBefore(end) && validFrom.isBefore(until);
    }

    public boolean involves(String username) {
        return delegator.equals(username) || delegate.equals(username);
    }

    public UUID id() {
        return id;
    }

    public String delegator() {
        return delegator;
    }

    public String delegate() {
        return delegate;
    }

    public String organisation() {
        return organisation;
    }

    public String role() {
        return role;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }
}
