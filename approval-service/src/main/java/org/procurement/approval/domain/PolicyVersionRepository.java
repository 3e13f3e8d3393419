package org.procurement.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Published policy versions. */
@ApplicationScoped
public class PolicyVersionRepository implements PanacheRepositoryBase<PolicyVersion, Integer> {

    /** The version cases open under now: the newest published. */
    public Optional<PolicyVersion> current() {
        return find("order by version desc").firstResultOptional();
    }

    public List<PolicyVersion> allInOrder() {
        return list("order by version");
    }
}
