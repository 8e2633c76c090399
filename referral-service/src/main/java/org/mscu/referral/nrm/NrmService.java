package org.mscu.referral.nrm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.ProblemException;
import org.mscu.referral.history.History;
import org.mscu.referral.history.HistoryKind;
import org.mscu.referral.intake.Actions;
import org.mscu.referral.intake.Referral;
import org.mscu.referral.intake.ReferralAudit;
import org.mscu.referral.intake.Referrals;
import org.mscu.referral.sharing.ReferralAccess;

@ApplicationScoped
public class NrmService {

    private final Clock clock;
    private final NrmTimetable timetable;
    private final Referrals referrals;
    private final ReferralAccess access;
    private final History history;
    private final ReferralAudit audit;

    NrmService(Clock clock, NrmTimetable timetable, Referrals referrals, ReferralAccess access, History history,
               ReferralAudit audit) {
        this.clock = clock;
        this.timetable = timetable;
        this.referrals = referrals;
        this.access = access;
        this.history = history;
        this.audit = audit;
    }

    @Transactional
    public Referrals.Viewed apply(UUID id, NrmRequest request, String ifMatch) {
        Referral r = referrals.forChange(id, ifMatch);
        Grant grant = access.authorize("nrm", r);
        Instant at = Actions.notInFuture("at", request.at(), clock.instant());
        if (at.isBefore(r.receivedAt)) {
            throw ProblemException.invalid("at", "must not be before the referral was received");
        }
        if (request.nrmReference() != null && request.action() != NrmAction.SUBMIT) {
            throw ProblemException.invalid("nrmReference", "is given only with SUBMIT");
        }
        NrmCase next = Actions.apply("outcome",
                () -> r.nrmCase().apply(request.action(), request.outcome(), at, r.child, r.consentToNrm, timetable));
        if (request.nrmReference() != null) {
            String nrmReference = request.nrmReference().strip();
            if (Referral.count("nrmReference = ?1 and id <> ?2", nrmReference, r.id) > 0) {
                throw ProblemException.conflict("NRM_REFERENCE_IN_USE", "This NRM reference belongs to another referral");
            }
            r.nrmReference = nrmReference;
        }
        r.nrmCase(next);
        if (next.stage() == NrmStage.DUTY_TO_NOTIFY) {
            r.nrmDutyToNotify = dutyToNotify(r, at);
        }
        history.record(r.id, HistoryKind.STATE_CHANGE, "NRM_" + next.stage(), null);
        audit.altered(r, "nrm " + request.action());
        return referrals.view(r, grant);
    }

    /** The Duty to Notify record: what the Home Office needs for statistics, nothing that identifies the adult. */
    static Map<String, Object> dutyToNotify(Referral r, Instant at) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("notifiedAt", at.toString());
        record.put("exploitationTypes", Arrays.asList(r.exploitationTypes));
        record.put("district", r.location == null ? null : r.location.district());
        record.put("gender", r.potentialVictim.gender() == null ? null : r.potentialVictim.gender().name());
        record.put("nationality", r.potentialVictim.nationality());
        record.put("adult", true);
        return record;
    }
}
