package org.procurement.approval.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.procurement.approval.audit.AuditEvent;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.config.ApprovalConfig;
import org.procurement.approval.domain.CaseEventType;
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.policy.Policy;
import org.procurement.approval.policy.PolicyViolation;
import org.procurement.approval.policy.RequestFacts;
import org.procurement.approval.policy.RoutingContext;
import org.procurement.approval.policy.StageRouting;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.time.Clock;
import java.util.List;

/** Published policies: reading them, publishing a new version, and routing request facts through the current one. */
@ApplicationScoped
public class PolicyService {

    /** Advisory lock key serialising publications, so versions are consecutive ("POLICY"). */
    static final long PUBLISH_LOCK = 0x504F4C494359L;

    private final PolicyCodec codec;
    private final AuditTrail audit;
    private final ApprovalConfig config;
    private final EntityManager em;
    private final Clock clock;

    public PolicyService(PolicyCodec codec, AuditTrail audit, ApprovalConfig config, EntityManager em, Clock clock) {
        this.codec = codec;
        this.audit = audit;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    public List<PolicyVersion> all() {
        return PolicyVersion.list("order by version");
    }

    public PolicyVersion current() {
        return PolicyVersion.current().orElseThrow(() -> new IllegalStateException("No policy is published"));
    }

    public PolicyVersion version(int version) {
        PolicyVersion found = PolicyVersion.findById(version);
        if (found == null) {
            throw ProblemException.notFound("Policy version", version);
        }
        return found;
    }

    public Policy definition(PolicyVersion version) {
        return codec.read(version.definition());
    }

    public RoutingContext routingContext() {
        return RoutingContext.of(config.conflictZones());
    }

    /** Which stages of the current policy apply to these facts, and why. */
    public List<StageRouting> preview(RequestFacts facts) {
        return definition(current()).route(facts, routingContext());
    }

    @Transactional
    public PolicyVersion publish(Policy policy, String publishedBy) {
        List<PolicyViolation> violations = policy.check();
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "invalid-policy", "Invalid policy",
                    "The policy was not published: " + violations.size() + " fault(s), see violations.",
                    violations.stream().map(v -> new Problem.Violation(v.field(), v.message())).toList());
        }
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").setParameter("key", PUBLISH_LOCK).getSingleResult();
        int next = PolicyVersion.current().map(PolicyVersion::version).orElse(0) + 1;
        PolicyVersion published = new PolicyVersion(next, policy.name(), codec.write(policy), publishedBy, clock.instant());
        published.persist();
        audit.append(new AuditEvent(CaseEventType.POLICY_PUBLISHED, null, null, null, publishedBy, "authorizer", null,
                "Published policy version " + next + ": " + policy.name(), next));
        return published;
    }
}
