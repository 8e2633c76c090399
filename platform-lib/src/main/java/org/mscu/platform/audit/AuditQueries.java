package org.mscu.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;

/** Read side of the audit log for the audit endpoints. */
@ApplicationScoped
public class AuditQueries {

    private final AuditStore store;
    private final AuditVerifier verifier;

    AuditQueries(AuditStore store, AuditVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> entries(String resourceId, PageRequest page) {
        Long before = page.cursor().map(cursor -> cursor.number(0)).orElse(null);
        return Page.of(store.newestFirst(blankToNull(resourceId), before, page.fetchSize()), page,
                entry -> Cursor.of(entry.seq()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditVerification verify(String service) {
        return verifier.verify(service);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
