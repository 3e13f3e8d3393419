package org.procurement.approval.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.procurement.approval.audit.AuditEvent;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.config.ApprovalConfig;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.ApprovalCaseRepository;
import org.procurement.approval.domain.PolicyProposalRepository;
import org.procurement.approval.domain.PolicyVersionRepository;
import org.procurement.approval.domain.CaseEventType;
import org.procurement.approval.domain.PolicyProposal;
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.domain.ProposalStatus;
import org.procurement.approval.policy.Policy;
import org.procurement.approval.policy.PolicyFloor;
import org.procurement.approval.policy.PolicyViolation;
import org.procurement.approval.policy.RequestFacts;
import org.procurement.approval.policy.RouteChange;
import org.procurement.approval.policy.RoutingContext;
import org.procurement.approval.policy.StageRouting;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Roles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Published policies and proposals to change them: reading them, proposing, approving under four eyes (which
 * publishes the next version), rejecting, replaying recent cases against a proposal, and routing request facts
 * through the current version.
 */
@ApplicationScoped
public class PolicyService {

    /** Advisory lock key serialising publications, so versions are consecutive ("POLICY"). */
    static final long PUBLISH_LOCK = 0x504F4C494359L;

    private final PolicyVersionRepository versions;
    private final PolicyProposalRepository proposals;
    private final ApprovalCaseRepository cases;
    private final PolicyCodec codec;
    private final AuditTrail audit;
    private final ApprovalConfig config;
    private final EntityManager em;
    private final Clock clock;
    private final StoredRoutingFacts storedFacts;

    public PolicyService(PolicyVersionRepository versions, PolicyProposalRepository proposals,
                         ApprovalCaseRepository cases, PolicyCodec codec, AuditTrail audit, ApprovalConfig config,
                         EntityManager em, Clock clock, StoredRoutingFacts storedFacts) {
        this.versions = versions;
        this.proposals = proposals;
        this.cases = cases;
        this.storedFacts = storedFacts;
        this.codec = codec;
        this.audit = audit;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    public List<PolicyVersion> all() {
        return versions.allInOrder();
    }

    public PolicyVersion current() {
        return versions.current().orElseThrow(() -> new IllegalStateException("No policy is published"));
    }

    public PolicyVersion version(int version) {
        PolicyVersion found = versions.findById(version);
        if (found == null) {
            throw ProblemException.notFound("Policy version", version);
        }
        return found;
    }

    public Policy definition(PolicyVersion version) {
        return codec.read(version.definition());
    }

    public Policy definition(PolicyProposal proposal) {
        return codec.read(proposal.definition());
    }

    public RoutingContext routingContext() {
        return RoutingContext.of(config.conflictZones());
    }

    public PolicyFloor floor() {
        return PolicyFloor.of(config.floor().everyCase(), config.floor().lethalToConflictZone());
    }

    /** Which stages of the current policy apply to these facts, and why. */
    public List<StageRouting> preview(RequestFacts facts) {
        return definition(current()).route(facts, routingContext());
    }

    /** Stores a proposal against the current version after checking the document and the floor; publishes nothing. */
    @Transactional
    public PolicyProposal propose(Policy policy, String proposedBy) {
        requireValid(policy, "proposed");
        PolicyProposal proposal = new PolicyProposal(policy.name(), codec.write(policy), current().version(), proposedBy,
                clock.instant());
        proposals.persist(proposal);
        audit.append(new AuditEvent(CaseEventType.POLICY_PROPOSED, null, null, null, proposedBy, Roles.AUTHORIZER, null,
                "Proposed policy change " + proposal.id() + " against version " + proposal.basedOnVersion() + ": "
                        + policy.name(), proposal.basedOnVersion()));
        return proposal;
    }

    public List<PolicyProposal> proposals(ProposalStatus status) {
        return proposals.newestFirst(status);
    }

    public PolicyProposal proposal(UUID id) {
        PolicyProposal found = proposals.findById(id);
        if (found == null) {
            throw ProblemException.notFound("Policy proposal", id);
        }
        return found;
    }

    /**
     * A second authorizer approves: the proposal is published as the next version. The publication lock is taken
     * before the proposal is read, so two approvals (of this or of any proposal) never both publish over the same
     * version: the second finds the version moved on and is refused as stale.
     */
    @Transactional
    public PolicyVersion approve(UUID id, String approver) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").setParameter("key", PUBLISH_LOCK).getSingleResult();
        PolicyProposal proposal = proposals.findForUpdate(id).orElse(null);
        if (proposal == null) {
            throw ProblemException.notFound("Policy proposal", id);
        }
        int current = current().version();
        proposal.approvalRefusal(approver, current).ifPresent(r -> {
            throw r.toException();
        });
        // The floor is the deployment's: it may have been raised since the proposal was made.
        requireValid(definition(proposal), "published");
        int next = current + 1;
        PolicyVersion published = PolicyVersion.publish(next, proposal, approver, clock.instant());
        versions.persist(published);
        em.flush();
        proposal.approve(approver, next, clock.instant());
        audit.append(new AuditEvent(CaseEventType.POLICY_PUBLISHED, null, null, null, approver, Roles.AUTHORIZER, null,
                "Published policy version " + next + ": " + proposal.name() + " (proposed by " + proposal.proposedBy()
                        + ", approved by " + approver + ")", next));
        return published;
    }

    @Transactional
    public PolicyProposal reject(UUID id, String by, String reason) {
        PolicyProposal proposal = proposals.findForUpdate(id).orElse(null);
        if (proposal == null) {
            throw ProblemException.notFound("Policy proposal", id);
        }
        proposal.reject(by, reason, clock.instant());
        audit.append(new AuditEvent(CaseEventType.POLICY_PROPOSAL_REJECTED, null, null, null, by, Roles.AUTHORIZER, null,
                "Rejected policy change " + id + " (proposed by " + proposal.proposedBy() + "): " + reason,
                proposal.basedOnVersion()));
        return proposal;
    }

    /** A replayed case whose route would change. */
    public record ReplayedCase(ApprovalCase approvalCase, RouteChange change) {
    }

    /** What approving a proposal would change: the last cases replayed, and those that would route differently. */
    public record Impact(PolicyProposal proposal, int currentVersion, int casesReplayed, List<ReplayedCase> changed) {
    }

    /** Replays the routing facts of the newest {@code last} cases against the current policy and the proposal. */
    @Transactional
    public Impact impact(UUID id, int last) {
        PolicyProposal proposal = proposal(id);
        PolicyVersion current = current();
        Policy before = definition(current);
        Policy after = definition(proposal);
        RoutingContext context = routingContext();
        List<ApprovalCase> latest = cases.latest(last);
        List<ReplayedCase> changed = new ArrayList<>();
        for (ApprovalCase c : latest) {
            RouteChange.between(before, after, storedFacts.read(c), context)
                    .ifPresent(change -> changed.add(new ReplayedCase(c, change)));
        }
        return new Impact(proposal, current.version(), latest.size(), changed);
    }

    private void requireValid(Policy policy, String what) {
        List<PolicyViolation> violations = new ArrayList<>(policy.check());
        if (violations.isEmpty()) {
            violations.addAll(floor().check(policy));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "invalid-policy", "Invalid policy",
                    "The policy was not " + what + ": " + violations.size() + " fault(s), see violations.",
                    violations.stream().map(v -> new Problem.Violation(v.field(), v.message())).toList());
        }
    }
}
