package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.ProblemException;
import org.mscu.referral.sharing.ReferralAccess;

/**
 * Lists referrals newest first with keyset pagination on (receivedAt, id). Callers whose grant is not
 * {@code any} see only their agency's referrals and those shared with it; each item is redacted by
 * its own grant.
 */
@ApplicationScoped
public class ReferralQuery {

    private final EntityManager em;
    private final Caller caller;
    private final AccessPolicy policy;
    private final ReferralAccess access;
    private final ReferralMapper mapper;
    private final ReferralAudit audit;

    ReferralQuery(EntityManager em, Caller caller, AccessPolicy policy, ReferralAccess access, ReferralMapper mapper,
                  ReferralAudit audit) {
        this.em = em;
        this.caller = caller;
        this.policy = policy;
        this.access = access;
        this.mapper = mapper;
        this.audit = audit;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Page<Object> list(ReferralFilter filter, PageRequest page) {
        if (filter.receivedFrom() != null && filter.receivedTo() != null && !filter.receivedTo().isAfter(filter.receivedFrom())) {
            throw ProblemException.invalid("receivedTo", "must be after receivedFrom");
        }
        boolean seesAll = policy.find(ReferralAccess.RESOURCE, "list", Set.of()).isPresent();
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT r.* FROM referral r WHERE true");
        condition(sql, params, filter.status() == null ? null : filter.status().name(), "r.status = :status", "status");
        condition(sql, params, filter.source() == null ? null : filter.source().name(), "r.source = :source", "source");
        condition(sql, params, filter.exploitationType() == null ? null : filter.exploitationType().name(),
                "r.exploitation_types @> ARRAY[CAST(:etype AS text)]", "etype");
        condition(sql, params, filter.child(), "r.child = :child", "child");
        condition(sql, params, filter.receivedFrom(), "r.received_at >= :rfrom", "rfrom");
        condition(sql, params, filter.receivedTo(), "r.received_at < :rto", "rto");
        condition(sql, params, filter.crimeReference(), "r.crime_reference = :crimeref", "crimeref");
        condition(sql, params, filter.nrmReference(), "r.nrm_reference = :nrmref", "nrmref");
        if (!seesAll) {
            condition(sql, params, caller.agency() == null ? "" : caller.agency(), "(r.referring_agency = :agency OR EXISTS ("
                    + "SELECT 1 FROM referral_share s WHERE s.referral_id = r.id AND s.agency = :agency AND s.revoked_at IS NULL))",
                    "agency");
        }
        if (page.cursor().isPresent()) {
            Cursor after = page.cursor().get();
            sql.append(" AND (r.received_at, r.id) < (:after_ts, :after_id)");
            params.put("after_ts", after.instant(0));
            params.put("after_id", after.uuid(1));
        }
        sql.append(" ORDER BY r.received_at DESC, r.id DESC LIMIT :limit");
        params.put("limit", page.fetchSize());
        Query query = em.createNativeQuery(sql.toString(), Referral.class);
        params.forEach(query::setParameter);
        List<Referral> rows = query.getResultList();
        return Page.of(rows, page, r -> Cursor.of(r.receivedAt, r.id)).mapPresent(this::visible);
    }

    private Optional<Object> visible(Referral r) {
        Optional<Grant> grant = policy.find(ReferralAccess.RESOURCE, "list", access.relationships(r));
        grant.ifPresent(g -> audit.consulted(r));
        return grant.map(g -> g.redact(mapper.toResponse(r)));
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }
}
