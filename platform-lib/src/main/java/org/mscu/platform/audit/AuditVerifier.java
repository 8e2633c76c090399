package org.mscu.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Re-walks the audit chain in order and names the first entry whose link does not hold: content
 * changed (hash mismatch), an entry removed or inserted (sequence gap, previous hash mismatch).
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int BATCH = 1000;

    private final AuditStore store;

    AuditVerifier(AuditStore store) {
        this.store = store;
    }

    public AuditVerification verify(String service) {
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        List<AuditEntry> batch = store.inChainOrder(0, BATCH);
        while (!batch.isEmpty()) {
            for (AuditEntry entry : batch) {
                String reason = brokenLink(entry, expectedSeq, previousHash);
                if (reason != null) {
                    return new AuditVerification(service, expectedSeq, false,
                            new AuditVerification.BrokenLink(entry.seq(), entry.id(), reason));
                }
                expectedSeq++;
                previousHash = entry.hash();
            }
            batch = store.inChainOrder(batch.get(batch.size() - 1).seq(), BATCH);
        }
        return new AuditVerification(service, expectedSeq - 1, true, null);
    }

    static String brokenLink(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.seq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing";
        }
        if (!entry.previousHash().equals(previousHash)) {
            return "previous hash does not match entry " + (expectedSeq - 1);
        }
        if (!entry.hash().equals(AuditChain.hash(entry))) {
            return "content does not match its hash";
        }
        return null;
    }
}
