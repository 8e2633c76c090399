package org.mscu.victim.victims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.audit.AuditOperation;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.outbox.Outbox;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.problem.ProblemException;
import org.mscu.victim.timeline.Timeline;

/** Records victims and finds them for the caller, within the access policy. */
@ApplicationScoped
public class VictimService {

    public static final String SYSTEM_ACTOR = "referral.accepted";
    static final String RESOURCE = "victim";
    public static final String CREATED = "victim.created";

    private final VictimAccess access;
    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Timeline timeline;

    VictimService(VictimAccess access, Caller caller, Clock clock, EntityManager em, AuditLog audit, Outbox outbox,
                  Timeline timeline) {
        this.access = access;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
        this.audit = audit;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    /** A coordinator records a victim; one victim per referral (409 {@code VICTIM_EXISTS_FOR_REFERRAL}). */
    @Transactional
    public VictimResponse create(CreateVictimRequest request) {
        if (request.referralId() != null && findByReferral(request.referralId()).isPresent()) {
            throw ProblemException.conflict("VICTIM_EXISTS_FOR_REFERRAL", "A victim is already recorded for this referral");
        }
        VictimNeedsBody needs = request.needs() == null ? new VictimNeedsBody(null, null) : request.needs();
        Victim victim = newVictim(request.referralId(), request.referralReference(), request.givenName(), request.familyName(),
                request.dateOfBirth(), request.gender(), request.languages(), request.district(), needs,
                Victim.Origin.COORDINATOR, caller.username());
        audit.collected(RESOURCE, victim.id);
        return view(victim);
    }

    /**
     * Records the victim of an accepted referral; called by the {@code referral.accepted} consumer.
     * Idempotent per referral: a redelivered event returns the victim recorded the first time.
     */
    @Transactional
    public UUID createFromReferral(ReferralAccepted event) {
        Optional<Victim> existing = findByReferral(event.referralId());
        if (existing.isPresent()) {
            return existing.get().id;
        }
        // serialise concurrent deliveries of the same event; the unique index on referral_id is the last guard
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext('victim-referral:' || :id))) l")
                .setParameter("id", event.referralId().toString()).getSingleResult();
        existing = findByReferral(event.referralId());
        if (existing.isPresent()) {
            return existing.get().id;
        }
        VictimNeedsBody needs = new VictimNeedsBody(OfficerGenderPreference.NO_PREFERENCE, event.exploitationTypes());
        Victim victim = newVictim(event.referralId(), event.referralReference(), event.givenName(), event.familyName(),
                event.dateOfBirth(), event.gender() == null ? Gender.UNKNOWN : event.gender(), event.languages(),
                event.district(), needs, Victim.Origin.REFERRAL_ACCEPTED, SYSTEM_ACTOR);
        audit.record(AuditOperation.COLLECTION, RESOURCE, victim.id, null, "from accepted referral " + event.referralId());
        return victim.id;
    }

    /** The victim recorded for a referral, if any. */
    public Optional<UUID> idForReferral(UUID referralId) {
        return findByReferral(referralId).map(v -> v.id);
    }

    /**
     * The victim a placement's {@code victimRef} names: the victim's id, or else the reference of the
     * referral the victim was recorded from ({@code MSR-2026-000123}).
     */
    public Optional<UUID> idForRef(String victimRef) {
        if (victimRef == null || victimRef.isBlank()) {
            return Optional.empty();
        }
        String ref = victimRef.strip();
        try {
            UUID id = UUID.fromString(ref);
            return Optional.ofNullable(em.find(Victim.class, id)).map(v -> v.id);
        } catch (IllegalArgumentException notAnId) {
            List<UUID> ids = em.createQuery("select v.id from Victim v where v.referralReference = :ref", UUID.class)
                    .setParameter("ref", ref).setMaxResults(2).getResultList();
            return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
        }
    }

    public VictimResponse get(UUID id) {
        VictimAccess.Reached reached = access.reach(id, RESOURCE, "read");
        audit.consulted(RESOURCE, id);
        return view(reached.victim());
    }

    /** Victims, oldest first; a caller whose rules need {@code assigned} sees only the victims assigned to them. */
    public Page<VictimResponse> list(String referral, PageRequest page) {
        UUID referralId = uuid("referralId", referral);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (referralId != null) {
            where.append(" and v.referralId = :referral");
            params.put("referral", referralId);
        }
        if (!access.reachesAll("victim", "list")) {
            // A text block would strip the leading space this clause needs after the one before it.
            where.append(" and exists (select a.id from LiaisonAssignment a, LiaisonOfficer o"
                    + " where a.victimId = v.id and a.endedAt is null and o.id = a.officerId and o.username = :username)");
            params.put("username", caller.username() == null ? "" : caller.username());
        }
        page.cursor().ifPresent(cursor -> {
            where.append(" and (v.createdAt > :afterAt or (v.createdAt = :afterAt and v.id > :afterId))");
            params.put("afterAt", cursor.instant(0));
            params.put("afterId", cursor.uuid(1));
        });
        var query = em.createQuery("select v from Victim v where " + where + " order by v.createdAt, v.id", Victim.class)
                .setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        Page<Victim> found = Page.of(query.getResultList(), page, v -> Cursor.of(v.createdAt, v.id));
        found.items().forEach(v -> audit.consulted(RESOURCE, v.id));
        return found.map(this::view);
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    private Victim newVictim(UUID referralId, String referralReference, String givenName, String familyName,
                             LocalDate dateOfBirth, Gender gender, List<String> languages, String district,
                             VictimNeedsBody needs, Victim.Origin origin, String actor) {
        Victim victim = new Victim();
        victim.id = UUID.randomUUID();
        victim.referralId = referralId;
        victim.referralReference = referralReference;
        victim.givenName = givenName.trim();
        victim.familyName = familyName.trim();
        victim.dateOfBirth = dateOfBirth;
        victim.gender = gender;
        victim.languages = languages == null ? List.of()
                : languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        victim.district = district == null || district.isBlank() ? null : district.trim();
        victim.officerGenderPreference = needs.officerGenderPreference();
        victim.exploitationTypes = needs.specialisms().stream().map(Enum::name).distinct().toList();
        victim.origin = origin;
        victim.createdAt = Instant.now(clock);
        victim.createdBy = actor == null ? "unknown" : actor;
        victim.persist();
        em.flush();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("victimId", victim.id);
        event.put("referralId", victim.referralId);
        event.put("referralReference", victim.referralReference);
        event.put("origin", victim.origin);
        outbox.publish(CREATED, victim.id, event);
        timeline.victimRecorded(victim.id, victim.createdAt, victim.origin.name());
        return victim;
    }

    private Optional<Victim> findByReferral(UUID referralId) {
        return Victim.find("referralId", referralId).firstResultOptional();
    }

    VictimResponse view(Victim victim) {
        return VictimMapping.toResponse(victim, currentLiaison(victim.id), LocalDate.now(clock));
    }

    private CurrentLiaison currentLiaison(UUID victimId) {
        List<Object[]> rows = em.createQuery("""
                        select o.id, o.name, o.username, a.assignedAt from LiaisonAssignment a, LiaisonOfficer o
                        where a.victimId = :victim and a.endedAt is null and o.id = a.officerId
                        """, Object[].class)
                .setParameter("victim", victimId).getResultList();
        return rows.stream().findFirst()
                .map(r -> new CurrentLiaison((UUID) r[0], (String) r[1], (String) r[2], (Instant) r[3])).orElse(null);
    }
}
