package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
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
 * its own grant. The SQL is built by {@link ReferralListSql}.
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
        String agency = seesAll ? null : caller.agency() == null ? "" : caller.agency();
        ReferralListSql sql = ReferralListSql.of(filter, agency, page.cursor().orElse(null), page.fetchSize());
        Query query = em.createNativeQuery(sql.sql(), Referral.class);
        sql.params().forEach(query::setParameter);
        // A list only reads: without snapshots Hibernate does not compare each listed referral's JSON
        // columns before every later statement of the transaction.
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        List<Referral> rows = query.getResultList();
        Map<UUID, Set<String>> relationships = access.relationships(rows);
        return Page.of(rows, page, r -> Cursor.of(r.receivedAt, r.id)).mapPresent(r -> visible(r, relationships.get(r.id)));
    }

    private Optional<Object> visible(Referral r, Set<String> relationships) {
        Optional<Grant> grant = policy.find(ReferralAccess.RESOURCE, "list", relationships);
        grant.ifPresent(g -> audit.consulted(r));
        return grant.map(g -> g.redact(mapper.toResponse(r)));
    }
}
