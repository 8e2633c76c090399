package org.mscu.victim.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.audit.AuditOperation;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.problem.ProblemException;
import org.mscu.victim.timeline.Timeline;
import org.mscu.victim.victims.Victim;
import org.mscu.victim.victims.VictimAccess;

/**
 * Proposes a liaison officer for a victim recorded from an accepted referral, and lets a coordinator
 * or tactical advisor confirm it. With {@code mscu.victims.liaison.auto-assign=true} the best
 * candidate with room is assigned at once instead. Either way the capacity rules of
 * {@link LiaisonService} apply: a proposal reserves nothing and confirming counts the caseload again
 * under the officer's row lock.
 */
@ApplicationScoped
public class ProposalService {

    static final String PROPOSAL_NOT_OPEN = "PROPOSAL_NOT_OPEN";
    private static final String VICTIM = "victim";

    private final LiaisonService liaison;
    private final VictimAccess access;
    private final LiaisonConfig config;
    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;
    private final AuditLog audit;
    private final Timeline timeline;

    ProposalService(LiaisonService liaison, VictimAccess access, LiaisonConfig config, Caller caller, Clock clock,
                    EntityManager em, AuditLog audit, Timeline timeline) {
        this.liaison = liaison;
        this.access = access;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
        this.audit = audit;
        this.timeline = timeline;
    }

    /**
     * Records the proposal for a newly recorded victim, once: a victim that has a proposal or a
     * liaison officer already keeps what it has. Runs without a caller (event consumer); {@code actor}
     * is what the records name as having decided an automatic assignment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ProposalStatus> propose(UUID victimId, String actor) {
        Victim victim = em.find(Victim.class, victimId, LockModeType.PESSIMISTIC_WRITE);
        LiaisonProposal existing = LiaisonProposal.findById(victimId);
        if (existing != null) {
            return Optional.of(existing.status);
        }
        if (LiaisonAssignment.count("victimId = ?1 and endedAt is null", victimId) > 0) {
            return Optional.empty();
        }
        LiaisonProposal proposal = new LiaisonProposal();
        proposal.victimId = victimId;
        proposal.proposedAt = Instant.now(clock);
        List<Match> ranked = liaison.rank(victim);
        Optional<AutoAssigned> assigned = config.autoAssign() ? assignFirstWithRoom(victimId, ranked, actor) : Optional.empty();
        if (assigned.isPresent()) {
            describe(proposal, assigned.get().match());
            proposal.status = ProposalStatus.AUTO_ASSIGNED;
            proposal.assignmentId = assigned.get().assignment().id;
            proposal.decidedAt = assigned.get().assignment().assignedAt;
            proposal.decidedBy = actor;
        } else if (ranked.isEmpty() || config.autoAssign()) {
            // automatic assignment found every candidate full under its lock: someone assigns by hand
            proposal.status = ProposalStatus.NO_CANDIDATE;
        } else {
            describe(proposal, ranked.getFirst());
            proposal.status = ProposalStatus.PROPOSED;
            timeline.liaisonProposed(victimId, proposal.officerId, proposal.proposedAt);
            audit.record(AuditOperation.ALTERATION, VICTIM, victimId, null, "liaison officer proposed");
        }
        proposal.persist();
        return Optional.of(proposal.status);
    }

    public Optional<ProposalResponse> get(UUID victimId) {
        access.reach(victimId, "liaison", "proposal");
        audit.consulted(VICTIM, victimId);
        return Optional.ofNullable(LiaisonProposal.<LiaisonProposal>findById(victimId)).map(this::view);
    }

    /** Assigns the proposed officer; 409 when the proposal is not open or the officer cannot take the victim now. */
    @Transactional
    public ProposalResponse confirm(UUID victimId, String ifMatch) {
        access.reach(victimId, "liaison", "confirm", LockModeType.PESSIMISTIC_WRITE);
        LiaisonProposal proposal = LiaisonProposal.findById(victimId);
        if (proposal == null) {
            throw ProblemException.notFound();
        }
        Preconditions.requireMatch(ifMatch, proposal.version);
        if (proposal.status != ProposalStatus.PROPOSED) {
            throw ProblemException.conflict(PROPOSAL_NOT_OPEN, "The proposal is " + proposal.status + ", not open for confirmation");
        }
        LiaisonOfficer officer = em.find(LiaisonOfficer.class, proposal.officerId, LockModeType.PESSIMISTIC_WRITE);
        String actor = caller.username() == null ? "unknown" : caller.username();
        LiaisonAssignment assignment = liaison.assignLocked(victimId, officer,
                "proposed at intake (score " + proposal.score + "), confirmed", actor);
        proposal.status = ProposalStatus.CONFIRMED;
        proposal.assignmentId = assignment.id;
        proposal.decidedAt = assignment.assignedAt;
        proposal.decidedBy = actor;
        em.flush();
        return view(proposal);
    }

    private record AutoAssigned(Match match, LiaisonAssignment assignment) {
    }

    /** The best candidate that still has room under its row lock (a racing assignment may have taken the last place). */
    private Optional<AutoAssigned> assignFirstWithRoom(UUID victimId, List<Match> ranked, String actor) {
        for (Match match : ranked) {
            LiaisonOfficer officer = em.find(LiaisonOfficer.class, match.officer().id(), LockModeType.PESSIMISTIC_WRITE);
            if (officer.active && liaison.hasRoom(officer)) {
                LiaisonAssignment assignment = liaison.assignLocked(victimId, officer,
                        "assigned automatically at intake: best match (score " + match.score() + ")", actor);
                return Optional.of(new AutoAssigned(match, assignment));
            }
        }
        return Optional.empty();
    }

    private static void describe(LiaisonProposal proposal, Match match) {
        proposal.officerId = match.officer().id();
        proposal.score = match.score();
        proposal.reasons = List.copyOf(match.reasons());
    }

    private ProposalResponse view(LiaisonProposal proposal) {
        String name = proposal.officerId == null ? null
                : Optional.ofNullable(LiaisonOfficer.<LiaisonOfficer>findById(proposal.officerId)).map(o -> o.name).orElse(null);
        return ProposalResponse.of(proposal, name);
    }
}
