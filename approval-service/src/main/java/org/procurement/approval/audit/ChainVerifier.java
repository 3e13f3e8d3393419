package org.procurement.approval.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.approval.client.CheckpointCopies;
import org.procurement.approval.client.CheckpointLookup;
import org.procurement.support.audit.SignedCheckpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes every link of the chain, in order, and names the first entry whose content or link was altered; then
 * compares the chain with the newest signed checkpoints, request-service's copy and the one kept here, so that a
 * removed tail (which leaves no broken link behind) shows too.
 */
@ApplicationScoped
public class ChainVerifier {

    static final int PAGE = 500;
    static final String REQUEST_SERVICE = "request-service";
    static final String LOCAL = "local";

    private final AuditEntryRepository entries;
    private final AuditCheckpointRepository checkpoints;
    private final AuditKeys keys;
    private final CheckpointCopies copies;
    private final AuditLinker linker;

    public ChainVerifier(AuditEntryRepository entries, AuditCheckpointRepository checkpoints, AuditKeys keys,
                         CheckpointCopies copies, AuditLinker linker) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.copies = copies;
        this.linker = linker;
    }

    public ChainReport verify() {
        linker.linkBeforeReading();
        // Asked first and outside the transaction: a slow neighbour must not hold a database connection.
        CheckpointLookup remote = copies.latest();
        return QuarkusTransaction.joiningExisting().call(() -> verify(remote));
    }

    private ChainReport verify(CheckpointLookup remote) {
        ChainWalk walk = new ChainWalk(keys::find);
        ChainReport.BrokenLink broken = null;
        long from = 1;
        while (broken == null) {
            List<AuditEntry> page = entries.fromSeq(from, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry entry : page) {
                String problem = walk.next(entry);
                if (problem != null) {
                    broken = new ChainReport.BrokenLink(entry.seq(), entry.id(), entry.occurredAt(), entry.type().name(),
                            problem);
                    break;
                }
                from = entry.seq() + 1;
            }
        }

        long end = entries.lastSeq();
        List<String> warnings = new ArrayList<>();
        linker.waiting().ifPresent(waiting -> warnings.add(waiting.entries() + " recorded entries are not linked into "
                + "the chain yet (the oldest from " + waiting.oldest() + "): they are checked once linked"));
        List<ChainReport.Checkpoint> checked = new ArrayList<>();
        if (!remote.reachable()) {
            warnings.add("request-service could not be reached (" + remote.detail() + "): the chain was compared with "
                    + "the newest checkpoint kept here only, which whoever rewrites this database can rewrite too");
        } else if (remote.checkpoint() != null) {
            checked.add(check(remote.checkpoint(), REQUEST_SERVICE, end));
        }
        Optional<AuditCheckpoint> local = checkpoints.newest();
        local.ifPresent(checkpoint -> checked.add(check(checkpoint.signed(), LOCAL, end)));
        if (remote.reachable() && remote.checkpoint() == null && local.isPresent()) {
            warnings.add("request-service holds no checkpoint copy yet although checkpoint " + local.get().seq()
                    + " was signed here; it may still be on its way");
        }
        // The one reported: the first that fails, else request-service's copy, else the local one.
        ChainReport.Checkpoint reported = checked.stream().filter(c -> c.problem() != null).findFirst()
                .orElse(checked.isEmpty() ? null : checked.get(0));
        for (ChainReport.Checkpoint other : checked) {
            if (other != reported && other.problem() != null) {
                warnings.add("the " + other.source() + " checkpoint too: " + other.problem());
            }
        }
        boolean intact = broken == null && (reported == null || reported.problem() == null);
        return new ChainReport(intact, walk.checked(), walk.keyed(), walk.lastHash(), broken, reported,
                warnings.isEmpty() ? null : warnings);
    }

    /** @param end the seq of the chain's last entry (0 when empty) */
    private ChainReport.Checkpoint check(SignedCheckpoint checkpoint, String source, long end) {
        boolean signatureValid = keys.verifies(checkpoint);
        Optional<String> hashAtSeq = entries.findByIdOptional(checkpoint.seq()).map(AuditEntry::hash);
        String problem = CheckpointCheck.problem(checkpoint, signatureValid, hashAtSeq, end);
        return new ChainReport.Checkpoint(checkpoint.seq(), checkpoint.hash(), checkpoint.createdAt(), source,
                signatureValid, problem);
    }
}
