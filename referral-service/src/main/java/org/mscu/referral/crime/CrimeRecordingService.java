package org.mscu.referral.crime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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

/** Meeting the crime-recording duty with a crime reference, or closing it with a "no crime" decision. */
@ApplicationScoped
public class CrimeRecordingService {

    private final Clock clock;
    private final Referrals referrals;
    private final ReferralAccess access;
    private final History history;
    private final ReferralAudit audit;

    CrimeRecordingService(Clock clock, Referrals referrals, ReferralAccess access, History history, ReferralAudit audit) {
        this.clock = clock;
        this.referrals = referrals;
        this.access = access;
        this.history = history;
        this.audit = audit;
    }

    @Transactional
    public Referrals.Viewed record(UUID id, CrimeRecordRequest request, String ifMatch) {
        Referral r = referrals.forChange(id, ifMatch);
        Grant grant = access.authorize("crime-record", r);
        Instant recordedAt = Actions.notInFuture("recordedAt", request.recordedAt(), clock.instant());
        requireOpen(r);
        if (recordedAt.isBefore(r.receivedAt)) {
            throw ProblemException.invalid("recordedAt", "must not be before the referral was received");
        }
        String crimeReference = request.crimeReference().strip();
        if (Referral.count("crimeReference = ?1 and id <> ?2", crimeReference, r.id) > 0) {
            throw ProblemException.conflict("CRIME_REFERENCE_IN_USE",
                    "This crime reference is already recorded on another referral (one crime per victim)");
        }
        r.crimeReference = crimeReference;
        r.crimeRecordedAt = recordedAt;
        history.record(r.id, HistoryKind.STATE_CHANGE, "CRIME_RECORDED", null);
        audit.altered(r, "crime-record");
        return referrals.view(r, grant);
    }

    @Transactional
    public Referrals.Viewed noCrime(UUID id, NoCrimeRequest request, String ifMatch) {
        Referral r = referrals.forChange(id, ifMatch);
        Grant grant = access.authorize("no-crime", r);
        requireOpen(r);
        r.noCrimeReason = request.reason();
        r.noCrimeDecidedAt = clock.instant();
        history.record(r.id, HistoryKind.STATE_CHANGE, "NO_CRIME_DECIDED", null);
        audit.altered(r, "no-crime");
        return referrals.view(r, grant);
    }

    private static void requireOpen(Referral r) {
        if (r.crimeRecordedAt != null) {
            throw ProblemException.conflict("CRIME_ALREADY_RECORDED", "A crime is already recorded for this referral");
        }
        if (r.noCrimeDecided()) {
            throw ProblemException.conflict("NO_CRIME_DECIDED", "A no-crime decision already closed the crime-recording duty");
        }
    }
}
