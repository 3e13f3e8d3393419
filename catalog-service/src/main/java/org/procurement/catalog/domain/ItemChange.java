package org.procurement.catalog.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.procurement.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change of an item that lowers control, waiting for a second catalogue administrator. It knows its rules: the
 * proposer never confirms it, only a pending change is confirmed or withdrawn, it expires, and it never applies over
 * facts that changed after it was proposed.
 */
@Entity
@Table(name = "item_change")
public class ItemChange {

    @Id
    private UUID id;
    @Column(name = "item_id")
    private UUID itemId;
    @Enumerated(EnumType.STRING)
    private ItemChangeStatus status;
    /** The item's version the change was proposed against. */
    @Column(name = "item_version")
    private long itemVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed")
    String proposedJson;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lowers")
    String lowersJson;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ItemChange() {
    }

    /** The item's facts as the change would leave them. */
    public ItemDetails proposed() {
        return StoredJson.read(proposedJson, new TypeReference<ItemDetails>() { });
    }

    /** Each fact the change lowers, and why. */
    public List<ControlLowering.Lowered> lowers() {
        return StoredJson.read(lowersJson, new TypeReference<List<ControlLowering.Lowered>>() { });
    }

    public static ItemChange propose(CatalogItem item, ItemDetails proposed, List<ControlLowering.Lowered> lowers,
                                     String by, Instant now, Duration expiry) {
        ItemChange change = new ItemChange();
        change.id = UUID.randomUUID();
        change.itemId = item.id();
        change.status = ItemChangeStatus.PENDING;
        change.itemVersion = item.version();
        change.proposedJson = StoredJson.write(proposed);
        change.lowersJson = StoredJson.write(List.copyOf(lowers));
        change.proposedBy = by;
        change.proposedAt = now;
        change.expiresAt = now.plus(expiry);
        return change;
    }

    /** The status as of now: a pending change past its expiry is expired, whether or not that was written yet. */
    public ItemChangeStatus statusAt(Instant now) {
        return status == ItemChangeStatus.PENDING && !now.isBefore(expiresAt) ? ItemChangeStatus.EXPIRED : status;
    }

    /** Writes down an expiry that has happened, so the item can take another change. */
    public void expireIfDue(Instant now) {
        if (statusAt(now) == ItemChangeStatus.EXPIRED && status == ItemChangeStatus.PENDING) {
            status = ItemChangeStatus.EXPIRED;
        }
    }

    /** A different administrator confirms: the caller then applies {@link #proposed} to the item. */
    public void confirm(String by, CatalogItem item, Instant now) {
        requirePending(now, "confirmed");
        if (by.equals(proposedBy)) {
            throw RuleViolation.notPermitted("separation-of-duties", "Separation of duties",
                    "You proposed this change; it lowers export control, so a different catalogue administrator "
                            + "must confirm it.");
        }
        if (item.version() != itemVersion) {
            throw RuleViolation.conflict("item-changed", "Item changed",
                    "Item " + item.sku() + " changed after this change was proposed (version " + itemVersion + ", now "
                            + item.version() + "); withdraw it and propose the change again against what the item is now.");
        }
        status = ItemChangeStatus.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    public void withdraw(String by, Instant now) {
        requirePending(now, "withdrawn");
        status = ItemChangeStatus.WITHDRAWN;
        decidedBy = by;
        decidedAt = now;
    }

    private void requirePending(Instant now, String what) {
        ItemChangeStatus current = statusAt(now);
        if (current != ItemChangeStatus.PENDING) {
            throw RuleViolation.conflict("change-not-pending", "Change not pending",
                    "This change is " + current + (current == ItemChangeStatus.EXPIRED ? " (since " + expiresAt + ")"
                            : decidedBy == null ? "" : " (by " + decidedBy + " at " + decidedAt + ")")
                            + "; only a pending change can be " + what + ".");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public ItemChangeStatus status() {
        return status;
    }

    public long itemVersion() {
        return itemVersion;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
