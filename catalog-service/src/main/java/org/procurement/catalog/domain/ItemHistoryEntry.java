package org.procurement.catalog.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of an item as it was made: never changed afterwards (the database refuses UPDATE and DELETE too). */
@Entity
@Immutable
@Table(name = "item_history")
public class ItemHistoryEntry {

    /** What happened to the item. */
    public enum Kind { CREATED, REVISED, WITHDRAWN, CONFIRMED }

    @Id
    private UUID id;
    @Column(name = "item_id")
    private UUID itemId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    /** For a confirmed change: who proposed it (changedBy confirmed it). */
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "change_id")
    private UUID changeId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fields")
    String fieldsJson;

    protected ItemHistoryEntry() {
    }

    /** Each field that changed, before and after. */
    public List<FieldChange> fields() {
        return StoredJson.read(fieldsJson, new TypeReference<List<FieldChange>>() { });
    }

    public static ItemHistoryEntry of(UUID itemId, Kind kind, String by, Instant at, List<FieldChange> fields) {
        ItemHistoryEntry entry = new ItemHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.itemId = itemId;
        entry.kind = kind;
        entry.changedBy = by;
        entry.changedAt = at;
        entry.fieldsJson = StoredJson.write(List.copyOf(fields));
        return entry;
    }

    public static ItemHistoryEntry confirmed(ItemChange change, String confirmedBy, Instant at, List<FieldChange> fields) {
        ItemHistoryEntry entry = of(change.itemId(), Kind.CONFIRMED, confirmedBy, at, fields);
        entry.proposedBy = change.proposedBy();
        entry.changeId = change.id();
        return entry;
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public Kind kind() {
        return kind;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public UUID changeId() {
        return changeId;
    }
}
