package org.mscu.accommodation.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mscu.accommodation.availability.FreeBeds;
import org.mscu.accommodation.common.AccommodationConfig;
import org.mscu.accommodation.common.Feature;
import org.mscu.platform.time.WorkingDays;
import org.mscu.accommodation.placement.PlacementApi.CancelPlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.CreatePlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.EndPlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.ExtendPlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.PlacementResponse;
import org.mscu.accommodation.placement.PlacementStore.NewPlacement;
import org.mscu.accommodation.property.Bed;
import org.mscu.accommodation.property.Property;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.problem.ProblemException;

/**
 * Placements: a bed for a person for a run of nights. Who gets a bed is decided by the database's
 * exclusion constraint; this service chooses the bed and applies the length-of-stay rules.
 */
@ApplicationScoped
public class PlacementService {

    static final String RESOURCE = "placement";
    private static final int CANDIDATE_LIMIT = 1000;

    private final Caller caller;
    private final AccessPolicy policy;
    private final Clock clock;
    private final AccommodationConfig config;
    private final StayRules stayRules;
    private final FreeBeds freeBeds;
    private final PlacementStore store;
    private final PlacementEvents events;
    private final AuditLog audit;

    PlacementService(Caller caller, AccessPolicy policy, Clock clock, AccommodationConfig config, WorkingDays workingDays,
                     FreeBeds freeBeds, PlacementStore store, PlacementEvents events, AuditLog audit) {
        this.caller = caller;
        this.policy = policy;
        this.clock = clock;
        this.config = config;
        this.stayRules = new StayRules(workingDays, config.maxEmergencyStayWorkingDays());
        this.freeBeds = freeBeds;
        this.store = store;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public PlacementResponse create(CreatePlacementRequest request) {
        policy.authorize(RESOURCE, "create");
        LocalDate today = today();
        LocalDate plannedTo = stayRules.plannedTo(request.from(), request.plannedTo(), today);
        Set<Feature> needs = request.needs() == null || request.needs().isEmpty()
                ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(request.needs());
        PlacementStatus status = PlacementStatus.initial(request.from(), today);
        UUID id = request.bedId() != null
                ? placeInBed(request, needs, plannedTo, status)
                : placeInBestBed(request, needs, plannedTo, status);
        Placement placement = Placement.findById(id);
        audit.collected(RESOURCE, id);
        if (status == PlacementStatus.ACTIVE) {
            events.started(placement);
        }
        return PlacementMapper.toResponse(placement);
    }

    @Transactional
    public PlacementResponse get(UUID id) {
        Placement placement = Placement.<Placement>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        policy.authorize(RESOURCE, "read", relationships(placement));
        audit.consulted(RESOURCE, placement.id);
        return PlacementMapper.toResponse(placement);
    }

    /** Filters of the placement list; null ones are not applied. */
    public record Filter(PlacementStatus status, UUID propertyId, UUID bedId, String victimRef) {
    }

    /** Newest first; a caller who may read only the placements they requested sees only those. */
    @Transactional
    public Page<PlacementResponse> list(Filter filter, PageRequest page) {
        boolean readsAny = policy.find(RESOURCE, "read", Set.of()).isPresent();
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!readsAny) {
            query.append(" and requestedBySubject = :subject");
            parameters.put("subject", caller.subject() == null ? "" : caller.subject());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.propertyId() != null) {
            query.append(" and propertyId = :propertyId");
            parameters.put("propertyId", filter.propertyId());
        }
        if (filter.bedId() != null) {
            query.append(" and bedId = :bedId");
            parameters.put("bedId", filter.bedId());
        }
        if (filter.victimRef() != null && !filter.victimRef().isBlank()) {
            query.append(" and victimRef = :victimRef");
            parameters.put("victimRef", filter.victimRef().strip());
        }
        page.cursor().ifPresent(cursor -> {
            query.append(" and (createdAt < :createdAt or (createdAt = :createdAt and id < :id))");
            parameters.put("createdAt", cursor.instant(0));
            parameters.put("id", cursor.uuid(1));
        });
        List<Placement> rows = Placement.<Placement>find(query + " order by createdAt desc, id desc", parameters)
                .range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, p -> Cursor.of(p.createdAt, p.id)).mapPresent(p -> policy.find(RESOURCE, "read", relationships(p))
                .map(grant -> {
                    audit.consulted(RESOURCE, p.id);
                    return PlacementMapper.toResponse(p);
                }));
    }

    @Transactional
    public PlacementResponse extend(UUID id, String ifMatch, ExtendPlacementRequest request) {
        Placement placement = Placement.<Placement>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        policy.authorize(RESOURCE, "extend", relationships(placement));
        Preconditions.requireMatch(ifMatch, placement.version);
        stayRules.checkExtension(placement.status, placement.plannedTo, request.plannedTo());
        PlacementExtension extension = new PlacementExtension();
        extension.id = UUID.randomUUID();
        extension.placementId = placement.id;
        extension.previousTo = placement.plannedTo;
        extension.plannedTo = request.plannedTo();
        extension.reason = request.reason().strip();
        extension.extendedBy = caller.username();
        extension.extendedAt = clock.instant();
        // checked first for a clear answer; the exclusion constraint still decides a race at flush
        if (store.overlapsAnother(placement.id, placement.bedId, placement.plannedTo, request.plannedTo())) {
            throw bookedAfter(request.plannedTo());
        }
        placement.plannedTo = request.plannedTo();
        if (!store.flushUnlessOverlapping()) {
            throw bookedAfter(request.plannedTo());
        }
        extension.persist();
        audit.altered(RESOURCE, placement.id, "extended to " + request.plannedTo());
        return PlacementMapper.toResponse(placement);
    }

    @Transactional
    public PlacementResponse end(UUID id, String ifMatch, EndPlacementRequest request) {
        Placement placement = Placement.<Placement>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        policy.authorize(RESOURCE, "end", relationships(placement));
        Preconditions.requireMatch(ifMatch, placement.version);
        LocalDate endedOn = LocalDate.ofInstant(request.endedAt(), config.zone());
        stayRules.checkEnd(placement.status, placement.startsOn, endedOn, today());
        placement.status = PlacementStatus.ENDED;
        placement.endedAt = request.endedAt();
        placement.endedOn = endedOn;
        placement.outcome = request.outcome();
        Placement.flush();
        audit.altered(RESOURCE, placement.id, "ended " + request.outcome());
        events.ended(placement);
        return PlacementMapper.toResponse(placement);
    }

    @Transactional
    public PlacementResponse cancel(UUID id, String ifMatch, CancelPlacementRequest request) {
        Placement placement = Placement.<Placement>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        policy.authorize(RESOURCE, "cancel", relationships(placement));
        Preconditions.requireMatch(ifMatch, placement.version);
        if (!placement.status.canCancel()) {
            throw ProblemException.conflict("ILLEGAL_TRANSITION", "A placement that is " + placement.status
                    + " cannot be cancelled" + (placement.status == PlacementStatus.ACTIVE ? "; end it instead" : ""));
        }
        placement.status = PlacementStatus.CANCELLED;
        placement.cancelReason = request.reason().strip();
        Placement.flush();
        audit.altered(RESOURCE, placement.id, "cancelled");
        return PlacementMapper.toResponse(placement);
    }

    private UUID placeInBed(CreatePlacementRequest request, Set<Feature> needs, LocalDate plannedTo, PlacementStatus status) {
        Bed bed = Bed.<Bed>findByIdOptional(request.bedId())
                .orElseThrow(() -> ProblemException.invalid("bedId", "no such bed"));
        if (request.propertyId() != null && !request.propertyId().equals(bed.propertyId)) {
            throw ProblemException.invalid("propertyId", "is not the property of bedId");
        }
        Property property = Property.findById(bed.propertyId);
        if (request.district() != null && !request.district().strip().equalsIgnoreCase(property.district)) {
            throw ProblemException.invalid("district", "is not the district of bedId");
        }
        Set<Feature> offered = EnumSet.noneOf(Feature.class);
        offered.addAll(PlacementMapper.features(property.features));
        offered.addAll(PlacementMapper.features(bed.features));
        if (!BedRanking.suits(offered, needs)) {
            throw ProblemException.conflict("BED_UNSUITABLE", "The bed does not offer every need: "
                    + needs.stream().filter(n -> !offered.contains(n)).map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        NewPlacement placement = newPlacement(request, bed.id, bed.propertyId, needs, plannedTo, status);
        if (!store.tryInsert(placement)) {
            throw ProblemException.conflict("BED_OCCUPIED", "The bed is taken for some of these nights");
        }
        return placement.id();
    }

    private UUID placeInBestBed(CreatePlacementRequest request, Set<Feature> needs, LocalDate plannedTo, PlacementStatus status) {
        List<FreeBeds.FreeBed> free = freeBeds.find(new FreeBeds.Search(request.from(), plannedTo, request.district(),
                request.propertyId(), needs, null, CANDIDATE_LIMIT));
        List<BedRanking.Candidate> ranked = BedRanking.rank(free.stream()
                .map(b -> new BedRanking.Candidate(b.bedId(), b.propertyId(), b.propertyName(), b.label(), b.features()))
                .toList(), needs);
        for (BedRanking.Candidate candidate : ranked.subList(0, Math.min(ranked.size(), config.maxBedAttempts()))) {
            NewPlacement placement = newPlacement(request, candidate.bedId(), candidate.propertyId(), needs, plannedTo, status);
            if (store.tryInsert(placement)) {
                return placement.id();
            }
        }
        throw ProblemException.conflict("NO_BED_AVAILABLE", "No bed matching the request is free for every night from "
                + request.from() + " to " + plannedTo);
    }

    private NewPlacement newPlacement(CreatePlacementRequest request, UUID bedId, UUID propertyId, Set<Feature> needs,
                                      LocalDate plannedTo, PlacementStatus status) {
        return new NewPlacement(UUID.randomUUID(), bedId, propertyId, request.victimRef(), status, request.from(), plannedTo,
                needs.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                caller.subject(), caller.username(), caller.agency(), clock.instant());
    }

    private static ProblemException bookedAfter(LocalDate plannedTo) {
        return ProblemException.conflict("BED_OCCUPIED",
                "The bed is booked by another placement before " + plannedTo + "; the stay cannot be extended");
    }

    Set<String> relationships(Placement placement) {
        Set<String> relationships = new HashSet<>();
        if (caller.subject() != null && caller.subject().equals(placement.requestedBySubject)) {
            relationships.add("requested");
        }
        return relationships;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

}
