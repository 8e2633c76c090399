package org.mscu.victim.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.AccessPolicy;

import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.problem.ProblemException;
import org.mscu.victim.victims.ExploitationType;

/** The liaison-officer roster. */
@ApplicationScoped
public class RosterService {

    public static final String OWN_ENTRY = "own-entry";
    static final String RESOURCE = "liaison-officer";

    private final AccessPolicy policy;
    private final Caller caller;
    private final Caseloads caseloads;
    private final Clock clock;
    private final EntityManager em;
    private final AuditLog audit;

    RosterService(AccessPolicy policy, Caller caller, Caseloads caseloads, Clock clock, EntityManager em, AuditLog audit) {
        this.policy = policy;
        this.caller = caller;
        this.caseloads = caseloads;
        this.clock = clock;
        this.em = em;
        this.audit = audit;
    }

    @Transactional
    public LiaisonOfficerResponse create(CreateLiaisonOfficerRequest request) {
        String username = request.username().trim();
        if (LiaisonOfficer.count("username", username) > 0) {
            throw ProblemException.conflict("USERNAME_ON_ROSTER", "An officer with this username is already on the roster");
        }
        LiaisonOfficer officer = new LiaisonOfficer();
        officer.id = UUID.randomUUID();
        officer.username = username;
        officer.name = request.name().trim();
        officer.agency = request.agency().trim();
        officer.collarNumber = request.collarNumber();
        officer.gender = request.gender();
        officer.languages = languages(request.languages());
        officer.districts = districts(request.districts());
        officer.specialisms = specialisms(request.specialisms());
        officer.maxCaseload = request.maxCaseload();
        officer.active = request.active() == null || request.active();
        officer.createdAt = Instant.now(clock);
        officer.persistAndFlush();
        audit.collected(RESOURCE, officer.id);
        return LiaisonOfficerResponse.of(officer, 0);
    }

    public LiaisonOfficerResponse get(UUID id) {
        LiaisonOfficer officer = LiaisonOfficer.findById(id);
        if (officer == null) {
            throw ProblemException.notFound();
        }
        policy.authorize(RESOURCE, "read", relationships(officer));
        audit.consulted(RESOURCE, officer.id);
        return LiaisonOfficerResponse.of(officer, caseloads.of(officer.id));
    }

    @Transactional
    public LiaisonOfficerResponse update(UUID id, String ifMatch, UpdateLiaisonOfficerRequest request) {
        LiaisonOfficer officer = LiaisonOfficer.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (officer == null) {
            throw ProblemException.notFound();
        }
        policy.authorize("liaison-officer", "update", relationships(officer));
        Preconditions.requireMatch(ifMatch, officer.version);
        officer.name = request.name().trim();
        officer.agency = request.agency().trim();
        officer.collarNumber = request.collarNumber();
        officer.gender = request.gender();
        officer.languages = languages(request.languages());
        officer.districts = districts(request.districts());
        officer.specialisms = specialisms(request.specialisms());
        officer.maxCaseload = request.maxCaseload();
        officer.active = request.active();
        officer.persistAndFlush();
        audit.altered(RESOURCE, officer.id);
        return LiaisonOfficerResponse.of(officer, caseloads.of(officer.id));
    }

    private static List<String> languages(List<String> languages) {
        return languages == null ? List.of() : languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static List<String> districts(List<String> districts) {
        return districts == null ? List.of() : districts.stream().map(String::trim).distinct().toList();
    }

    private static List<String> specialisms(List<ExploitationType> specialisms) {
        return specialisms == null ? List.of() : specialisms.stream().map(Enum::name).distinct().toList();
    }

    /** The roster, filtered; a caller whose rules need {@code own-entry} sees only their own entry. */
    public Page<LiaisonOfficerResponse> list(String username, Boolean active, PageRequest page) {
        boolean all = policy.find("liaison-officer", "list", Set.of()).isPresent();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (username != null && !username.isBlank()) {
            where.append(" and o.username = :username");
            params.put("username", username.trim());
        }
        if (!all) {
            where.append(" and o.username = :own");
            params.put("own", caller.username() == null ? "" : caller.username());
        }
        if (active != null) {
            where.append(" and o.active = :active");
            params.put("active", active);
        }
        page.cursor().ifPresent(cursor -> {
            where.append(" and (o.createdAt > :afterAt or (o.createdAt = :afterAt and o.id > :afterId))");
            params.put("afterAt", cursor.instant(0));
            params.put("afterId", cursor.uuid(1));
        });
        var query = em.createQuery("select o from LiaisonOfficer o where " + where + " order by o.createdAt, o.id",
                LiaisonOfficer.class).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        Page<LiaisonOfficer> officers = Page.of(query.getResultList(), page, o -> Cursor.of(o.createdAt, o.id));
        Map<UUID, Integer> loads = caseloads.of(officers.items().stream().map(o -> o.id).toList());
        officers.items().forEach(o -> audit.consulted(RESOURCE, o.id));
        return officers.map(o -> LiaisonOfficerResponse.of(o, loads.getOrDefault(o.id, 0)));
    }

    Set<String> relationships(LiaisonOfficer officer) {
        return officer.username.equals(caller.username()) ? Set.of(OWN_ENTRY) : Set.of();
    }
}
