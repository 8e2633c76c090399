package org.mscu.platform.audit;

import io.opentelemetry.api.trace.Span;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.AccessContext;
import org.mscu.platform.policy.Grant;

/**
 * Writes the DPA 2018 s.62 log. Changes are logged inside the transaction that makes them (the
 * methods require one), so a rolled-back change leaves no entry and a committed one always has
 * its entry; {@link #consulted} joins the read's transaction or opens its own. Who, agency and
 * roles come from the token; the justification is the request's {@code X-Access-Purpose} when
 * given, else the rule that granted access.
 */
@ApplicationScoped
public class AuditLog {

    public static final String PURPOSE_HEADER = "X-Access-Purpose";
    static final int MAX_PURPOSE = 200;
    static final int MAX_DETAIL = 500;

    private final AuditStore store;
    private final Caller caller;
    private final AccessContext access;
    private final CurrentVertxRequest request;

    AuditLog(AuditStore store, Caller caller, AccessContext access, CurrentVertxRequest request) {
        this.store = store;
        this.caller = caller;
        this.access = access;
        this.request = request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry collected(String resourceType, Object resourceId) {
        return record(AuditOperation.COLLECTION, resourceType, resourceId, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry altered(String resourceType, Object resourceId) {
        return record(AuditOperation.ALTERATION, resourceType, resourceId, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry altered(String resourceType, Object resourceId, String detail) {
        return record(AuditOperation.ALTERATION, resourceType, resourceId, null, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry erased(String resourceType, Object resourceId) {
        return record(AuditOperation.ERASURE, resourceType, resourceId, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry disclosed(String resourceType, Object resourceId, String recipientAgency) {
        return record(AuditOperation.DISCLOSURE, resourceType, resourceId, recipientAgency, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry combined(String resourceType, Object resourceId, String detail) {
        return record(AuditOperation.COMBINATION, resourceType, resourceId, null, detail);
    }

    /** A read that returned personal data. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry consulted(String resourceType, Object resourceId) {
        return record(AuditOperation.CONSULTATION, resourceType, resourceId, null, null);
    }

    /**
     * Any entry, for processing outside the shortcuts above (e.g. an event consumer, where there
     * is no caller: the entry then names the system). {@code detail} must hold no personal data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(AuditOperation operation, String resourceType, Object resourceId, String recipientAgency,
                             String detail) {
        boolean inRequest = Arc.container().requestContext().isActive();
        Caller who = inRequest ? caller : new Caller(null, null, null, java.util.Set.of(), null);
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), 0, Instant.now().truncatedTo(ChronoUnit.MICROS), operation,
                resourceType, resourceId == null ? null : resourceId.toString(), who.subject(), who.username(),
                who.agency(), who.roles().stream().sorted().toList(), who.clientId(), justification(inRequest),
                recipientAgency, traceId(), limit(detail, MAX_DETAIL), null, null);
        return store.append(entry);
    }

    private String justification(boolean inRequest) {
        if (!inRequest) {
            return "system";
        }
        String purpose = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(PURPOSE_HEADER);
        String sanitised = sanitise(purpose);
        if (sanitised != null) {
            return sanitised;
        }
        return access.lastGrant().map(Grant::rule).orElse("unspecified");
    }

    /** Printable text only, whitespace collapsed, at most {@value #MAX_PURPOSE} characters; null if nothing is left. */
    static String sanitise(String purpose) {
        if (purpose == null) {
            return null;
        }
        String cleaned = purpose.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").replaceAll("\\s+", " ").trim();
        return cleaned.isEmpty() ? null : limit(cleaned, MAX_PURPOSE);
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String traceId() {
        var context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    /** For tests and tools: the entries of one record, newest first. */
    public List<AuditEntry> entriesOf(String resourceId, int limit) {
        return store.newestFirst(resourceId, null, limit);
    }
}
