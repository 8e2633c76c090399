package org.mscu.orders.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mscu.platform.time.TimeProducers;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.ProblemException;

/** Applications, decisions, variations, renewals, discharges, notifications and breaches of orders. */
@ApplicationScoped
public class OrderService {

    public static final String ORDER_NOT_IN_FORCE = "ORDER_NOT_IN_FORCE";
    public static final String INTERIM_WITHOUT_APPLICATION = "INTERIM_WITHOUT_APPLICATION";

    private final Caller caller;
    private final OrderAccess access;
    private final OrderEvents events;
    private final OrderAudit audit;
    private final OrderQueries queries;
    private final Clock clock;

    OrderService(Caller caller, OrderAccess access, OrderEvents events, OrderAudit audit, OrderQueries queries, Clock clock) {
        this.queries = queries;
        this.caller = caller;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Object create(CreateOrderRequest request) {
        ApplicantRules.check(request.type(), request.route(), caller.agency(), request.convictionReference());
        PreventionOrder order = newOrder(request.type(), request.route(), caller.agency());
        order.interim = request.interim();
        if (request.interim()) {
            order.interimFor = fullApplicationFor(request);
        } else if (request.interimFor() != null) {
            throw ProblemException.invalid("interimFor", "only an interim order names a full application");
        }
        order.convictionReference = request.route() == OrderRoute.ON_CONVICTION ? request.convictionReference() : null;
        order.subject(request.subject().name(), request.subject().dateOfBirth());
        order.court = request.court();
        order.prohibitions = request.prohibitions().stream().map(ProhibitionRequest::toProhibition).toList();
        order.linkedReferralIds = request.linkedReferralIds() == null ? new UUID[0]
                : request.linkedReferralIds().stream().distinct().toArray(UUID[]::new);
        order.status = OrderStatus.APPLIED;
        Grant grant = access.authorize(order, "create");
        order.persist();
        audit.collected(order);
        return view(order, grant);
    }

    /** A draft Risk Order application opened from an opportunity the vulnerability lead decided to pursue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PreventionOrder openDraftRiskOrder(UUID referralId, UUID opportunityId) {
        PreventionOrder order = newOrder(OrderType.STRO, OrderRoute.ON_APPLICATION, caller.agency());
        order.status = OrderStatus.DRAFT;
        order.linkedReferralIds = new UUID[] {referralId};
        order.opportunityId = opportunityId;
        order.persist();
        audit.collected(order);
        return order;
    }

    @Transactional
    public Optional<Object> find(UUID id) {
        return PreventionOrder.<PreventionOrder>findByIdOptional(id).map(order -> {
            Grant grant = access.authorize(order, "read");
            audit.consulted(order);
            return view(order, grant);
        });
    }

    /**
     * One page of the orders the caller may read, filtered; items redacted per grant. Each listed
     * order is an audited consultation.
     */
    @Transactional
    public Page<Object> list(OrderFilter filter, PageRequest page) {
        List<PreventionOrder> rows = queries.page(access.readableScope(), filter, TimeProducers.today(clock), page);
        return Page.of(rows, page, order -> Cursor.of(order.createdAt, order.id)).map(order -> {
            Grant grant = access.authorize(order, "read");
            audit.consulted(order);
            return view(order, grant);
        });
    }

    @Transactional
    public Object submit(UUID id, String ifMatch, SubmissionRequest request) {
        Loaded loaded = load(id, "submit", ifMatch);
        PreventionOrder order = loaded.order();
        ApplicantRules.check(order.type, order.route, caller.agency(), null);
        order.apply(OrderTransition.SUBMIT);
        order.subject(request.subject().name(), request.subject().dateOfBirth());
        order.court = request.court();
        order.prohibitions = request.prohibitions().stream().map(ProhibitionRequest::toProhibition).toList();
        return changed(loaded, "submit");
    }

    @Transactional
    public Object decide(UUID id, String ifMatch, DecisionRequest request) {
        Loaded loaded = load(id, "decide", ifMatch);
        PreventionOrder order = loaded.order();
        LocalDate day = request.madeOn();
        if (request.outcome() == DecisionOutcome.GRANTED) {
            order.apply(OrderTransition.GRANT);
            List<Prohibition> resolved = OrderDurations.resolve(order.prohibitions, request.expiresOn());
            OrderDurations.checkMade(order.type, order.interim, day, resolved);
            order.prohibitions = resolved;
            order.madeOn = day;
            order.expiresOn = OrderDurations.orderEnd(resolved);
            if (request.servedOn() != null) {
                requireNotBefore(request.servedOn(), day, "servedOn");
                requireInitialRequirement(order, request.servedOn());
            }
        } else {
            if (request.servedOn() != null || request.expiresOn() != null) {
                throw ProblemException.invalid(request.servedOn() != null ? "servedOn" : "expiresOn",
                        "applies only to a granted order");
            }
            order.apply(OrderTransition.REFUSE);
        }
        order.decidedOn = day;
        if (!order.interim) {
            endInterimOrders(order, day);
        }
        Object response = changed(loaded, "decide");
        if (order.status == OrderStatus.GRANTED) {
            events.granted(order);
        }
        return response;
    }

    @Transactional
    public Object vary(UUID id, String ifMatch, VariationRequest request) {
        Loaded loaded = load(id, "vary", ifMatch);
        PreventionOrder order = loaded.order();
        order.apply(OrderTransition.VARY);
        requireNotBefore(request.variedOn(), order.madeOn, "variedOn");
        List<Prohibition> varied = request.prohibitions().stream().map(ProhibitionRequest::toProhibition).toList();
        OrderDurations.checkMade(order.type, order.interim, order.madeOn, varied);
        List<Variation> variations = new ArrayList<>(order.variations);
        variations.add(new Variation(UUID.randomUUID(), request.variedOn(), request.reason(), order.prohibitions, varied,
                caller.agency(), Instant.now(clock)));
        order.variations = variations;
        order.prohibitions = varied;
        newEnd(order);
        return changed(loaded, "vary");
    }

    @Transactional
    public Object renew(UUID id, String ifMatch, RenewalRequest request) {
        Loaded loaded = load(id, "renew", ifMatch);
        PreventionOrder order = loaded.order();
        order.apply(OrderTransition.RENEW);
        requireNotBefore(request.renewedOn(), order.madeOn, "renewedOn");
        Map<UUID, LocalDate> renewals = new HashMap<>();
        request.prohibitions().forEach(item -> renewals.put(item.prohibitionId(), item.until()));
        List<Prohibition> renewed = new ArrayList<>();
        for (Prohibition current : order.prohibitions) {
            if (renewals.containsKey(current.id())) {
                LocalDate until = renewals.remove(current.id());
                OrderDurations.checkRenewal(current, until);
                renewed.add(current.withUntil(until));
            } else {
                renewed.add(current);
            }
        }
        if (!renewals.isEmpty()) {
            throw ProblemException.invalid("prohibitions", "names a prohibition this order does not hold");
        }
        List<Renewal> history = new ArrayList<>(order.renewals);
        history.add(new Renewal(UUID.randomUUID(), request.renewedOn(), order.prohibitions, renewed, caller.agency(),
                Instant.now(clock)));
        order.renewals = history;
        order.prohibitions = renewed;
        newEnd(order);
        return changed(loaded, "renew");
    }

    @Transactional
    public Object discharge(UUID id, String ifMatch, DischargeRequest request) {
        Loaded loaded = load(id, "discharge", ifMatch);
        PreventionOrder order = loaded.order();
        order.apply(OrderTransition.DISCHARGE);
        OrderDurations.checkDischarge(order.type, order.madeOn, request.dischargedOn(), order.prohibitions,
                request.subjectConsent(), request.chiefOfficerConsent());
        boolean required = OrderDurations.dischargeNeedsConsent(order.type, order.madeOn, request.dischargedOn(),
                order.prohibitions);
        order.discharge = new Discharge(request.dischargedOn(), request.reason(), request.subjectConsent(),
                request.chiefOfficerConsent(), required, caller.agency(), Instant.now(clock));
        return changed(loaded, "discharge");
    }

    @Transactional
    public Object serve(UUID id, String ifMatch, ServiceRequest request) {
        Loaded loaded = load(id, "serve", ifMatch);
        PreventionOrder order = loaded.order();
        requireInForce(order);
        requireNotBefore(request.servedOn(), order.madeOn, "servedOn");
        requireInitialRequirement(order, request.servedOn());
        return changed(loaded, "serve");
    }

    @Transactional
    public Object notify(UUID id, String ifMatch, NotificationRequest request) {
        Loaded loaded = load(id, "notify", ifMatch);
        PreventionOrder order = loaded.order();
        requireInForce(order);
        if (request.kindOrInitial() == NotificationKind.INITIAL) {
            notifyInitial(order, request);
        } else {
            notifyChange(order, request);
        }
        return changed(loaded, "notify");
    }

    @Transactional
    public BreachResponse recordBreach(UUID id, BreachRequest request) {
        Loaded loaded = load(id, "record-breach", null);
        PreventionOrder order = loaded.order();
        requireInForce(order);
        if (request.occurredOn().isBefore(order.madeOn)) {
            throw ProblemException.conflict("BREACH_BEFORE_ORDER", "A breach cannot occur before the order was made");
        }
        Breach breach = new Breach();
        breach.id = UUID.randomUUID();
        breach.orderId = order.id;
        breach.occurredOn = request.occurredOn();
        breach.description = request.description();
        breach.reportedByAgency = caller.agency();
        breach.reportedBy = caller.subject();
        breach.recordedAt = Instant.now(clock);
        breach.persist();
        audit.breachRecorded(order, breach);
        events.breachRecorded(order, breach);
        return BreachResponse.of(breach);
    }

    @Transactional
    public Page<BreachResponse> breaches(UUID id) {
        PreventionOrder order = PreventionOrder.<PreventionOrder>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        access.authorize(order, "read-breaches");
        audit.consultedBreaches(order);
        return new Page<>(Breach.<Breach>list("orderId = ?1 order by recordedAt, id", order.id).stream()
                .map(BreachResponse::of).toList(), null);
    }

    /** The order as this caller may see it (the grant's field set applied). */
    Object view(PreventionOrder order, Grant grant) {
        return grant.redact(OrderResponse.of(order, requirements(order), TimeProducers.today(clock)));
    }

    private PreventionOrder newOrder(OrderType type, OrderRoute route, String agency) {
        PreventionOrder order = new PreventionOrder();
        order.id = UUID.randomUUID();
        order.type = type;
        order.route = route;
        order.applicantAgency = agency;
        order.createdAt = Instant.now(clock);
        order.updatedAt = order.createdAt;
        return order;
    }

    private UUID fullApplicationFor(CreateOrderRequest request) {
        if (request.interimFor() == null) {
            throw ProblemException.invalid("interimFor", "an interim order names its full application");
        }
        PreventionOrder full = PreventionOrder.findById(request.interimFor());
        if (full == null || !access.mayRead(full)) {
            throw ProblemException.invalid("interimFor", "no such application");
        }
        if (full.interim || full.type != request.type() || full.status != OrderStatus.APPLIED
                || !full.applicantAgency.equals(caller.agency())) {
            throw ProblemException.conflict(INTERIM_WITHOUT_APPLICATION,
                    "An interim order is sought under a pending full application of the same type by the same agency");
        }
        return full.id;
    }

    /** The order locked for a change, once the caller may perform the action on it and If-Match holds. */
    private Loaded load(UUID id, String action, String ifMatch) {
        PreventionOrder order = PreventionOrder.<PreventionOrder>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ProblemException::notFound);
        // One flush per change (in changed()), so that the version moves by exactly one per action.
        PreventionOrder.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        Grant grant = access.authorize(order, action);
        Preconditions.requireMatch(ifMatch, order.version);
        return new Loaded(order, grant);
    }

    private record Loaded(PreventionOrder order, Grant grant) {
    }

    private Object changed(Loaded loaded, String action) {
        PreventionOrder order = loaded.order();
        order.updatedAt = Instant.now(clock);
        PreventionOrder.getEntityManager().flush();
        audit.altered(order, action);
        return view(order, loaded.grant());
    }

    private void endInterimOrders(PreventionOrder full, LocalDate day) {
        List<PreventionOrder> interims = PreventionOrder.list("interimFor = ?1 and status in ?2", full.id,
                List.of(OrderStatus.APPLIED, OrderStatus.GRANTED, OrderStatus.VARIED, OrderStatus.RENEWED));
        for (PreventionOrder interim : interims) {
            interim.apply(OrderTransition.END);
            interim.endedOn = day;
            interim.updatedAt = Instant.now(clock);
            audit.altered(interim, "end");
        }
    }

    private void newEnd(PreventionOrder order) {
        LocalDate previous = order.expiresOn;
        order.expiresOn = OrderDurations.orderEnd(order.prohibitions);
        if (order.expiresOn == null || (previous != null && order.expiresOn.isAfter(previous))) {
            order.expiringPublishedAt = null;
        }
    }

    private void requireInitialRequirement(PreventionOrder order, LocalDate servedOn) {
        if (NotificationRequirement.count("orderId = ?1 and kind = ?2", order.id, NotificationKind.INITIAL) > 0) {
            throw ProblemException.conflict("ALREADY_SERVED", "The order was already served");
        }
        order.servedOn = servedOn;
        requirement(order, NotificationKind.INITIAL, servedOn, null, null).persist();
    }

    private void notifyInitial(PreventionOrder order, NotificationRequest request) {
        if (request.changedOn() != null) {
            throw ProblemException.invalid("changedOn", "applies only to a change of name or address");
        }
        if (request.notifiedOn() == null) {
            throw ProblemException.invalid("notifiedOn", "is required");
        }
        NotificationRequirement initial = NotificationRequirement
                .<NotificationRequirement>find("orderId = ?1 and kind = ?2", order.id, NotificationKind.INITIAL)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.conflict("ORDER_NOT_SERVED", "The order has not been served yet"));
        if (initial.notifiedOn != null) {
            throw ProblemException.conflict("ALREADY_NOTIFIED", "The subject already made the initial notification");
        }
        requireNotBefore(request.notifiedOn(), initial.triggeredOn, "notifiedOn");
        initial.notifiedOn = request.notifiedOn();
        initial.details = request.details();
    }

    private void notifyChange(PreventionOrder order, NotificationRequest request) {
        if (request.changedOn() == null) {
            throw ProblemException.invalid("changedOn", "is required for a change of name or address");
        }
        requireNotBefore(request.changedOn(), order.madeOn, "changedOn");
        if (request.notifiedOn() != null) {
            requireNotBefore(request.notifiedOn(), request.changedOn(), "notifiedOn");
        }
        requirement(order, request.kindOrInitial(), request.changedOn(), request.notifiedOn(), request.details()).persist();
    }

    private NotificationRequirement requirement(PreventionOrder order, NotificationKind kind, LocalDate triggeredOn,
                                                LocalDate notifiedOn, String details) {
        NotificationRequirement requirement = new NotificationRequirement();
        requirement.id = UUID.randomUUID();
        requirement.orderId = order.id;
        requirement.kind = kind;
        requirement.triggeredOn = triggeredOn;
        requirement.dueBy = NotificationRules.dueBy(triggeredOn);
        requirement.notifiedOn = notifiedOn;
        requirement.details = details;
        requirement.recordedByAgency = caller.agency();
        requirement.recordedAt = Instant.now(clock);
        return requirement;
    }

    private static List<NotificationRequirement> requirements(PreventionOrder order) {
        return NotificationRequirement.list("orderId = ?1 order by triggeredOn, recordedAt", order.id);
    }

    private static void requireInForce(PreventionOrder order) {
        if (!order.status.inForce()) {
            throw ProblemException.conflict(ORDER_NOT_IN_FORCE, "The order is not in force (status %s)".formatted(order.status));
        }
    }

    private static void requireNotBefore(LocalDate day, LocalDate earliest, String field) {
        if (earliest != null && day.isBefore(earliest)) {
            throw ProblemException.invalid(field, "must not be before " + earliest);
        }
    }
}
