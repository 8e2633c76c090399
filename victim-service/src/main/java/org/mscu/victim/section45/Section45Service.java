package org.mscu.victim.section45;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.victim.victims.AgeRule;
import org.mscu.victim.victims.Victim;
import org.mscu.victim.victims.VictimAccess;

/** Section 45 considerations: coordinators, tactical advisors and the victim's assigned officer. */
@ApplicationScoped
public class Section45Service {

    private static final String RESOURCE = "section45";

    private final VictimAccess access;
    private final Caller caller;
    private final Clock clock;
    private final AuditLog audit;

    Section45Service(VictimAccess access, Caller caller, Clock clock, AuditLog audit) {
        this.access = access;
        this.caller = caller;
        this.clock = clock;
        this.audit = audit;
    }

    public Section45Response get(UUID victimId) {
        Victim victim = access.reach(victimId, "section45", "read").victim();
        Section45Consideration consideration = Section45Consideration.findById(victimId);
        audit.consulted(RESOURCE, victimId);
        return consideration == null
                ? Section45Response.notConsidered(victimId, AgeRule.isChild(victim.dateOfBirth, LocalDate.now(clock)))
                : Section45Response.of(consideration);
    }

    @Transactional
    public Section45Response put(UUID victimId, String ifMatch, Section45Request request) {
        Victim victim = access.reach(victimId, "section45", "write", LockModeType.PESSIMISTIC_WRITE).victim();
        Section45Consideration consideration = Section45Consideration.findById(victimId);
        Preconditions.requireMatch(ifMatch, consideration == null ? 0 : consideration.version);
        Instant now = Instant.now(clock);
        boolean child = AgeRule.isChild(victim.dateOfBirth, LocalDate.ofInstant(now, ZoneOffset.UTC));
        List<String> offences = request.suspectedOffences() == null ? List.of()
                : request.suspectedOffences().stream().map(String::trim).toList();
        Section45Rules.check(new Section45Rules.Consideration(offences, request.compulsionDetails(),
                request.excludedOffence(), request.status(), request.cpsReferredAt()), child);
        boolean first = consideration == null;
        if (first) {
            consideration = new Section45Consideration();
            consideration.victimId = victimId;
        }
        consideration.suspectedOffences = offences;
        consideration.compulsionDetails = request.compulsionDetails();
        consideration.excludedOffence = request.excludedOffence();
        consideration.status = request.status();
        consideration.cpsReferredAt = request.status() == Section45Status.REFERRED_TO_CPS ? request.cpsReferredAt() : null;
        consideration.childAtAssessment = child;
        consideration.assessedAt = now;
        consideration.assessedBy = caller.username() == null ? "unknown" : caller.username();
        consideration.persistAndFlush();
        if (first) {
            audit.collected(RESOURCE, victimId);
        } else {
            audit.altered(RESOURCE, victimId);
        }
        return Section45Response.of(consideration);
    }
}
