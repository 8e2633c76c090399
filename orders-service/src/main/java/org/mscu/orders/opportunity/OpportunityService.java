package org.mscu.orders.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mscu.orders.order.OrderService;
import org.mscu.orders.order.PreventionOrder;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.problem.ProblemException;

/**
 * Risk Order opportunities: opened by a person or from a referral's {@code referral.no-further-action}
 * event (one per referral, whoever comes first), assessed once by a vulnerability lead.
 */
@ApplicationScoped
public class OpportunityService {

    public static final String RESOURCE = "opportunity";
    public static final String OPPORTUNITY_EXISTS = "OPPORTUNITY_EXISTS";
    public static final String ALREADY_ASSESSED = "ALREADY_ASSESSED";

    private final Caller caller;
    private final AccessPolicy policy;
    private final OrderService orders;
    private final OpportunityAudit audit;
    private final Clock clock;

    OpportunityService(Caller caller, AccessPolicy policy, OrderService orders, OpportunityAudit audit, Clock clock) {
        this.caller = caller;
        this.policy = policy;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OpportunityResponse create(CreateOpportunityRequest request) {
        policy.authorize(RESOURCE, "create");
        Opportunity opened = open(request.referralId(), request.reason(), request.notes(), OpportunityOrigin.REQUEST,
                caller.subject()).orElseThrow(() -> ProblemException.conflict(OPPORTUNITY_EXISTS,
                        "An opportunity for this referral exists already"));
        audit.collected(opened);
        return OpportunityResponse.of(opened);
    }

    /**
     * What the {@code referral.no-further-action} consumer calls: opens an opportunity when the reason is
     * {@code INVESTIGATION_NOT_PURSUED}, at most once per referral however often the event arrives. It runs
     * outside any request, so its audit entry names no caller and the justification {@code system}.
     *
     * @return the referral's opportunity (new or existing), empty when the reason does not call for one
     */
    @Transactional
    public Optional<OpportunityResponse> openFromReferralNoFurtherAction(UUID referralId, String reason) {
        if (!OpportunityReason.INVESTIGATION_NOT_PURSUED.name().equals(reason)) {
            return Optional.empty();
        }
        Optional<Opportunity> opened = open(referralId, OpportunityReason.INVESTIGATION_NOT_PURSUED,
                "Opened from the referral's no-further-action decision", OpportunityOrigin.REFERRAL_EVENT, null);
        opened.ifPresent(audit::collected);
        return Optional.of(OpportunityResponse.of(opened.orElseGet(() -> byReferral(referralId))));
    }

    @Transactional
    public Optional<OpportunityResponse> find(UUID id) {
        return Opportunity.<Opportunity>findByIdOptional(id).map(opportunity -> {
            policy.authorize(RESOURCE, "read");
            audit.consulted(opportunity);
            return OpportunityResponse.of(opportunity);
        });
    }

    @Transactional
    public Page<OpportunityResponse> list(UUID referralId, OpportunityStatus status, PageRequest page) {
        policy.authorize(RESOURCE, "read");
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (referralId != null) {
            where.add("referralId = :referralId");
            params.put("referralId", referralId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        page.cursor().ifPresent(after -> {
            where.add("(createdAt > :afterCreatedAt or (createdAt = :afterCreatedAt and id > :afterId))");
            params.put("afterCreatedAt", after.instant(0));
            params.put("afterId", after.uuid(1));
        });
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by createdAt, id";
        List<Opportunity> rows = Opportunity.<Opportunity>find(query, params).range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, o -> Cursor.of(o.createdAt, o.id)).map(opportunity -> {
            audit.consulted(opportunity);
            return OpportunityResponse.of(opportunity);
        });
    }

    @Transactional
    public OpportunityResponse assess(UUID id, String ifMatch, AssessmentRequest request) {
        Opportunity opportunity = Opportunity.<Opportunity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ProblemException::notFound);
        policy.authorize(RESOURCE, "assess");
        Preconditions.requireMatch(ifMatch, opportunity.version);
        if (opportunity.status != OpportunityStatus.OPEN) {
            throw ProblemException.conflict(ALREADY_ASSESSED, "The opportunity was already assessed (%s)".formatted(opportunity.status));
        }
        opportunity.decision = request.decision();
        opportunity.rationale = request.rationale();
        opportunity.assessedAt = Instant.now(clock);
        opportunity.assessedBy = caller.subject();
        opportunity.updatedAt = opportunity.assessedAt;
        if (request.decision() == AssessmentDecision.PURSUE) {
            PreventionOrder draft = orders.openDraftRiskOrder(opportunity.referralId, opportunity.id);
            opportunity.orderId = draft.id;
            opportunity.status = OpportunityStatus.PURSUED;
        } else {
            opportunity.status = OpportunityStatus.DECLINED;
        }
        Opportunity.getEntityManager().flush();
        audit.altered(opportunity);
        return OpportunityResponse.of(opportunity);
    }

    private Optional<Opportunity> open(UUID referralId, OpportunityReason reason, String notes, OpportunityOrigin origin,
                                       String createdBy) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        int inserted = Opportunity.getEntityManager().createNativeQuery("""
                        INSERT INTO order_opportunity (id, referral_id, reason, notes, origin, status, created_by, created_at, updated_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'OPEN', ?6, ?7, ?7, 0)
                        ON CONFLICT (referral_id) DO NOTHING""")
                .setParameter(1, id).setParameter(2, referralId).setParameter(3, reason.name()).setParameter(4, notes)
                .setParameter(5, origin.name()).setParameter(6, createdBy).setParameter(7, now)
                .executeUpdate();
        return inserted == 1 ? Optional.of(Opportunity.findById(id)) : Optional.empty();
    }

    private static Opportunity byReferral(UUID referralId) {
        return Opportunity.<Opportunity>find("referralId", referralId).firstResult();
    }
}
