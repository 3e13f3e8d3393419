package org.procurement.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

/** A published version of the policy, stored as its JSON document. Never changed once published. */
@Entity
@Immutable
@Table(name = "policy")
public class PolicyVersion extends PanacheEntityBase {

    @Id
    private int version;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private String definition;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected PolicyVersion() {
    }

    public PolicyVersion(int version, String name, String definition, String publishedBy, Instant publishedAt) {
        this.version = version;
        this.name = name;
        this.definition = definition;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public static Optional<PolicyVersion> current() {
        return find("order by version desc").firstResultOptional();
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
