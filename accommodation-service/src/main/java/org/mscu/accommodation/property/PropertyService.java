package org.mscu.accommodation.property;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mscu.accommodation.placement.Placement;
import org.mscu.accommodation.property.PropertyApi.BedRequest;
import org.mscu.accommodation.property.PropertyApi.CreatePropertyRequest;
import org.mscu.accommodation.property.PropertyApi.PropertyResponse;
import org.mscu.accommodation.property.PropertyApi.UpdatePropertyRequest;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.ProblemException;

/** Properties and their beds. Addresses leave only through a grant that does not hide them. */
@ApplicationScoped
public class PropertyService {

    static final String RESOURCE = "property";

    private final Caller caller;
    private final AccessPolicy policy;
    private final Clock clock;
    private final AuditLog audit;

    PropertyService(Caller caller, AccessPolicy policy, Clock clock, AuditLog audit) {
        this.caller = caller;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
    }

    /** A property as this caller may see it. */
    public record Visible(PropertyResponse property, Grant grant) {
        public Object body() {
            return grant.redact(property);
        }
    }

    @Transactional
    public Visible create(CreatePropertyRequest request) {
        Grant grant = policy.authorize(RESOURCE, "create");
        Property property = new Property();
        property.id = UUID.randomUUID();
        property.name = request.name().strip();
        property.provider = request.provider().strip();
        property.district = request.district().strip();
        property.address = request.address().strip();
        property.type = request.type();
        property.features = PropertyMapper.stored(request.features());
        property.createdByAgency = caller.agency();
        property.createdAt = clock.instant();
        property.persist();
        checkUniqueLabels(request.beds());
        request.beds().forEach(bed -> addBed(property.id, bed));
        audit.collected(RESOURCE, property.id);
        return new Visible(PropertyMapper.toResponse(property, Bed.ofProperty(property.id)), grant);
    }

    @Transactional
    public Visible get(UUID id) {
        Property property = Property.<Property>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        Grant grant = policy.authorize(RESOURCE, "read", relationships(property));
        if (!grant.hidden().contains("address")) {
            audit.consulted(RESOURCE, property.id);
        }
        return new Visible(PropertyMapper.toResponse(property, Bed.ofProperty(id)), grant);
    }

    @Transactional
    public Visible update(UUID id, String ifMatch, UpdatePropertyRequest request) {
        Property property = Property.<Property>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        Grant grant = policy.authorize(RESOURCE, "update", relationships(property));
        Preconditions.requireMatch(ifMatch, property.version);
        property.name = request.name().strip();
        property.provider = request.provider().strip();
        property.district = request.district().strip();
        property.address = request.address().strip();
        property.type = request.type();
        property.features = PropertyMapper.stored(request.features());
        Property.flush();
        audit.altered(RESOURCE, property.id, "details replaced");
        return new Visible(PropertyMapper.toResponse(property, Bed.ofProperty(id)), grant);
    }

    @Transactional
    public Visible addBed(UUID id, String ifMatch, BedRequest request) {
        Property property = Property.<Property>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        Grant grant = policy.authorize(RESOURCE, "update", relationships(property));
        Preconditions.requireMatch(ifMatch, property.version);
        if (Bed.count("propertyId = ?1 and label = ?2", id, request.label().strip()) > 0) {
            throw ProblemException.conflict("BED_LABEL_TAKEN", "The property already has a bed with this label");
        }
        addBed(id, request);
        Property.getEntityManager().lock(property, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.altered(RESOURCE, property.id, "bed added");
        return new Visible(PropertyMapper.toResponse(property, Bed.ofProperty(id)), grant);
    }

    private Set<String> relationships(Property property) {
        Set<String> relationships = new HashSet<>();
        if (Placement.activeRequestedBy(property.id, caller.subject())) {
            relationships.add("active-placement");
        }
        return relationships;
    }


    private static void checkUniqueLabels(List<BedRequest> beds) {
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < beds.size(); i++) {
            if (!labels.add(beds.get(i).label().strip())) {
                throw ProblemException.invalid("beds[" + i + "].label", "is used by another bed of this property");
            }
        }
    }

    private static void addBed(UUID propertyId, BedRequest request) {
        Bed bed = new Bed();
        bed.id = UUID.randomUUID();
        bed.propertyId = propertyId;
        bed.label = request.label().strip();
        bed.features = PropertyMapper.stored(request.features());
        bed.persist();
    }
}
