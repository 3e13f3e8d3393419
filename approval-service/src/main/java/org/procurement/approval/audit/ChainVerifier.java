package org.procurement.approval.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Recomputes every hash of the chain, in order, and names the first entry whose content or link was altered. */
@ApplicationScoped
public class ChainVerifier {

    static final int PAGE = 500;

    @Transactional
    public ChainReport verify() {
        String previous = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = AuditEntry.find("seq >= ?1 order by seq", expectedSeq).page(0, PAGE).list();
            if (page.isEmpty()) {
                return new ChainReport(true, checked, previous, null);
            }
            for (AuditEntry entry : page) {
                String problem = null;
                if (entry.seq() != expectedSeq) {
                    problem = "entry " + expectedSeq + " is missing: the chain jumps to " + entry.seq();
                } else if (!entry.previousHash().equals(previous)) {
                    problem = "its previousHash does not match the hash of entry " + (entry.seq() - 1);
                } else if (!AuditHash.of(entry).equals(entry.hash())) {
                    problem = "its content no longer matches its hash";
                }
                if (problem != null) {
                    return new ChainReport(false, checked, previous, new ChainReport.BrokenLink(entry.seq(), entry.id(),
                            entry.occurredAt(), entry.type().name(), problem));
                }
                previous = entry.hash();
                expectedSeq++;
                checked++;
            }
        }
    }
}
