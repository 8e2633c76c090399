package org.mscu.platform.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import java.util.Set;
import java.util.UUID;
import java.util.Map;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.outbox.Outbox;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.ProblemException;

/** Test-only application service using the platform the way a service does. */
@ApplicationScoped
public class SampleService {

    /** A create with this name writes, then fails: nothing of it may remain. */
    public static final String FAIL_AFTER_WRITE = "fail-after-write";

    private final AccessPolicy policy;
    private final Caller caller;

    private final AuditLog audit;

    private final Outbox outbox;

    SampleService(AccessPolicy policy, Caller caller, AuditLog audit, Outbox outbox) {
        this.policy = policy;
        this.caller = caller;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public SampleView create(SampleRequest request) {
        Sample sample = new Sample();
        sample.id = UUID.randomUUID();
        sample.name = request.name();
        sample.kind = request.kind().name();
        sample.agency = caller.agency();
        sample.sharedWith = request.sharedWith();
        sample.secret = request.secret();
        sample.phone = request.owner() != null ? request.owner().phone() : null;
        sample.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        sample.persist();
        audit.collected("sample", sample.id);
        outbox.publish("sample.created", sample.id, Map.of("id", sample.id, "kind", sample.kind));
        if (FAIL_AFTER_WRITE.equals(request.name())) {
            throw ProblemException.conflict("SAMPLE_ROLLED_BACK", "Failed after writing, as asked");
        }
        return SampleView.of(sample);
    }

    @Transactional
    public Object get(UUID id) {
        Sample sample = Sample.<Sample>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        Grant grant = policy.authorize("sample", "read", relationships(sample));
        audit.consulted("sample", sample.id);
        return grant.redact(SampleView.of(sample));
    }

    @Transactional
    public SampleView rename(UUID id, String name, String ifMatch) {
        Sample sample = Sample.<Sample>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        policy.authorize("sample", "update", relationships(sample));
        Preconditions.requireMatch(ifMatch, sample.version);
        sample.name = name;
        Sample.getEntityManager().flush();
        audit.altered("sample", sample.id, "renamed");
        return SampleView.of(sample);
    }

    public Page<Object> list(PageRequest page) {
        List<Sample> rows = page.cursor()
                .map(cursor -> Sample.<Sample>find("createdAt > ?1 or (createdAt = ?1 and id > ?2) order by createdAt, id",
                        cursor.instant(0), cursor.uuid(1)))
                .orElseGet(() -> Sample.find("order by createdAt, id"))
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, sample -> Cursor.of(sample.createdAt, sample.id))
                .mapPresent(sample -> policy.find("sample", "list", relationships(sample))
                        .map(grant -> grant.redact(SampleView.of(sample))));
    }

    Set<String> relationships(Sample sample) {
        Set<String> relationships = new HashSet<>();
        if (sample.agency.equals(caller.agency())) {
            relationships.add("own");
        }
        if (caller.agency() != null && caller.agency().equals(sample.sharedWith)) {
            relationships.add("shared");
        }
        return relationships;
    }
}
