package org.mscu.victim.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.outbox.Outbox;
import org.mscu.platform.problem.ProblemException;
import org.mscu.victim.timeline.Timeline;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Victim;
import org.mscu.victim.victims.VictimAccess;

/**
 * Matching and assignment of liaison officers. An assignment locks the victim row, then the
 * officer's row ({@code SELECT ... FOR UPDATE}), and counts the officer's current assignments under
 * that lock: two assignments racing for an officer's last place are serialised, and the second sees
 * the first and gets 409 {@code OFFICER_AT_CAPACITY}. A partial unique index keeps one current
 * assignment per victim whatever happens.
 */
@ApplicationScoped
public class LiaisonService {

    public static final String OFFICER_AT_CAPACITY = "OFFICER_AT_CAPACITY";
    private static final String VICTIM = "victim";
    public static final String ASSIGNED = "liaison.assigned";
    public static final String REASSIGNED = "liaison.reassigned";

    private final VictimAccess access;
    private final Caseloads caseloads;
    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Timeline timeline;
    private final LiaisonMatcher matcher = new LiaisonMatcher();

    LiaisonService(VictimAccess access, Caseloads caseloads, Caller caller, Clock clock, EntityManager em, AuditLog audit, Outbox outbox,
                   Timeline timeline) {
        this.access = access;
        this.caseloads = caseloads;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
        this.audit = audit;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    public List<CandidateResponse> candidates(UUID victimId) {
        Victim victim = access.reach(victimId, "liaison", "candidates").victim();
        audit.consulted(VICTIM, victimId);
        return rank(victim).stream().map(CandidateResponse::of).toList();
    }

    @Transactional
    public AssignmentResponse assign(UUID victimId, AssignLiaisonRequest request) {
        Victim victim = access.reach(victimId, "liaison", "assign", LockModeType.PESSIMISTIC_WRITE).victim();
        UUID officerId = request.officerId() != null ? request.officerId() : bestCandidate(victim);
        LiaisonOfficer officer = em.find(LiaisonOfficer.class, officerId, LockModeType.PESSIMISTIC_WRITE);
        if (officer == null) {
            throw ProblemException.invalid("officerId", "no such liaison officer on the roster");
        }
        String actor = actor();
        LiaisonAssignment assignment = assignLocked(victimId, officer, request.reason(), actor);
        LiaisonProposal.supersedeOpen(victimId, assignment.assignedAt, actor);
        return AssignmentResponse.of(assignment, officer.name);
    }

    /**
     * Assigns an officer whose row the caller locked, after the victim's row: refuses an inactive
     * officer, the current officer again, and an officer at capacity (counted under the lock), else
     * ends the current assignment and records the new one, with its audit entry, event and timeline entry.
     */
    LiaisonAssignment assignLocked(UUID victimId, LiaisonOfficer officer, String reason, String actor) {
        if (!officer.active) {
            throw ProblemException.conflict("OFFICER_INACTIVE", "The officer does not take assignments");
        }
        Optional<LiaisonAssignment> current = current(victimId);
        if (current.isPresent() && current.get().officerId.equals(officer.id)) {
            throw ProblemException.conflict("ALREADY_ASSIGNED", "The officer is already the victim's liaison officer");
        }
        if (!hasRoom(officer)) {
            throw ProblemException.conflict(OFFICER_AT_CAPACITY, "The officer's caseload is full");
        }
        Instant now = Instant.now(clock);
        current.ifPresent(previous -> end(previous, reason, actor, now));
        LiaisonAssignment assignment = new LiaisonAssignment();
        assignment.id = UUID.randomUUID();
        assignment.victimId = victimId;
        assignment.officerId = officer.id;
        assignment.reason = reason.trim();
        assignment.assignedAt = now;
        assignment.assignedBy = actor;
        assignment.persistAndFlush();
        audit.altered(VICTIM, victimId, current.isPresent() ? "liaison officer changed" : "liaison officer assigned");
        publish(assignment, officer, current);
        timeline.liaisonAssigned(victimId, officer.id, now, current.isPresent());
        return assignment;
    }

    /** Whether the officer, whose row the caller locked, has a free place. */
    boolean hasRoom(LiaisonOfficer officer) {
        return caseloads.of(officer.id) < officer.maxCaseload;
    }

    public Optional<AssignmentResponse> currentAssignment(UUID victimId) {
        access.reach(victimId, "liaison", "history");
        audit.consulted(VICTIM, victimId);
        return current(victimId).map(a -> AssignmentResponse.of(a, officerNames(Set.of(a.officerId)).get(a.officerId)));
    }

    public List<AssignmentResponse> history(UUID victimId) {
        access.reach(victimId, "liaison", "history");
        audit.consulted(VICTIM, victimId);
        List<LiaisonAssignment> all = LiaisonAssignment.list("victimId = ?1 order by assignedAt desc, id", victimId);
        Map<UUID, String> names = officerNames(all.stream().map(a -> a.officerId).collect(Collectors.toSet()));
        return all.stream().map(a -> AssignmentResponse.of(a, names.get(a.officerId))).toList();
    }

    private void publish(LiaisonAssignment assignment, LiaisonOfficer officer, Optional<LiaisonAssignment> previous) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("victimId", assignment.victimId);
        data.put("assignmentId", assignment.id);
        data.put("officerId", officer.id);
        data.put("officerUsername", officer.username);
        data.put("assignedAt", assignment.assignedAt.toString());
        if (previous.isEmpty()) {
            outbox.publish(ASSIGNED, assignment.victimId, data);
            return;
        }
        data.put("previousOfficerId", previous.get().officerId);
        data.put("reason", assignment.reason);
        outbox.publish(REASSIGNED, assignment.victimId, data);
    }

    private void end(LiaisonAssignment previous, String reason, String actor, Instant now) {
        previous.endedAt = now;
        previous.endReason = reason.trim();
        previous.endedBy = actor;
        // the partial unique index allows one current assignment: end this one before the next is inserted
        em.flush();
    }

    private UUID bestCandidate(Victim victim) {
        return rank(victim).stream().findFirst().map(m -> m.officer().id())
                .orElseThrow(() -> ProblemException.conflict("NO_OFFICER_AVAILABLE",
                        "No active liaison officer has spare capacity"));
    }

    /** Active officers with room, best first, the current officer left out. */
    List<Match> rank(Victim victim) {
        Optional<UUID> currentOfficer = current(victim.id).map(a -> a.officerId);
        List<LiaisonOfficer> officers = LiaisonOfficer.list("active", true);
        Map<UUID, Integer> loads = caseloads.of(officers.stream().map(o -> o.id).toList());
        List<OfficerProfile> profiles = officers.stream()
                .filter(o -> currentOfficer.map(id -> !id.equals(o.id)).orElse(true))
                .map(o -> profile(o, loads.getOrDefault(o.id, 0)))
                .toList();
        VictimNeeds needs = new VictimNeeds(Set.copyOf(victim.languages), victim.officerGenderPreference, victim.district,
                victim.exploitationTypes.stream().map(ExploitationType::valueOf).collect(Collectors.toSet()));
        return matcher.rank(needs, profiles);
    }

    private static OfficerProfile profile(LiaisonOfficer o, int caseload) {
        return new OfficerProfile(o.id, o.name, o.gender, Set.copyOf(o.languages), Set.copyOf(o.districts),
                o.specialisms.stream().map(ExploitationType::valueOf).collect(Collectors.toSet()),
                caseload, o.maxCaseload, o.active);
    }

    private Optional<LiaisonAssignment> current(UUID victimId) {
        return LiaisonAssignment.find("victimId = ?1 and endedAt is null", victimId).firstResultOptional();
    }

    private Map<UUID, String> officerNames(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<LiaisonOfficer> officers = LiaisonOfficer.list("id in ?1", ids);
        return officers.stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
    }

    private String actor() {
        return caller.username() == null ? "unknown" : caller.username();
    }
}
