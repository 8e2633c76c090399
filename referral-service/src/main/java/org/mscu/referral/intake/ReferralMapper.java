package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.mscu.referral.crime.CrimeRecordingRule;
import org.mscu.referral.crime.CrimeRecordingStatus;
import org.mscu.referral.nrm.NrmCase;
import org.mscu.referral.nrm.NrmTimetable;

/** Entity → response, with every derived field computed against the clock. */
@ApplicationScoped
public class ReferralMapper {

    private final Clock clock;
    private final NrmTimetable timetable;

    ReferralMapper(Clock clock, NrmTimetable timetable) {
        this.clock = clock;
        this.timetable = timetable;
    }

    public ReferralResponse toResponse(Referral r) {
        return new ReferralResponse(r.id, r.reference, r.status, r.source, r.receivedAt, r.referringAgency, r.child,
                r.potentialVictim, exploitationTypes(r), r.location, r.suspects == null ? List.of() : r.suspects,
                r.narrative, r.consentToNrm, r.urgent, triage(r), crimeRecording(r), nrm(r), r.createdAt, r.version);
    }

    public CrimeRecordingStatus crimeStatus(Referral r) {
        return CrimeRecordingRule.statusForDue(r.crimeDueBy, r.crimeRecordedAt, r.noCrimeDecided(), clock.instant());
    }

    private static List<ExploitationType> exploitationTypes(Referral r) {
        return Arrays.stream(r.exploitationTypes).map(ExploitationType::valueOf).toList();
    }

    private static ReferralResponse.Triage triage(Referral r) {
        return r.triagedAt == null ? null
                : new ReferralResponse.Triage(r.triagedAt, r.triagedBy, r.triageReason, r.triageNotes);
    }

    private ReferralResponse.CrimeRecording crimeRecording(Referral r) {
        return new ReferralResponse.CrimeRecording(!r.noCrimeDecided(), r.crimeDueBy, r.crimeRecordedAt,
                r.crimeReference, crimeStatus(r), r.noCrimeReason, r.noCrimeDecidedAt);
    }

    private ReferralResponse.Nrm nrm(Referral r) {
        NrmCase c = r.nrmCase();
        return new ReferralResponse.Nrm(c.stage(), r.nrmReference, c.submittedAt(), c.reasonableGroundsDueBy(timetable),
                c.reasonableGroundsLate(timetable, clock.instant()),
                c.reasonableGrounds() == null ? null : new ReferralResponse.Decision(c.reasonableGrounds(), c.reasonableGroundsAt()),
                c.recoveryPeriodEndsOn(timetable),
                c.conclusiveGrounds() == null ? null : new ReferralResponse.Decision(c.conclusiveGrounds(), c.conclusiveGroundsAt()),
                c.dutyToNotifyAt(), r.nrmDutyToNotify);
    }
}
