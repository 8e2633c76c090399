package org.mscu.referral.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.concurrency.Versioned;
import org.mscu.referral.crime.CrimeRecordingStatus;
import org.mscu.referral.nrm.GroundsOutcome;
import org.mscu.referral.nrm.NrmStage;
import org.mscu.referral.triage.NoFurtherActionReason;

@Schema(name = "Referral", description = "A referral as the caller may see it: fields hidden by the caller's grant are absent")
public record ReferralResponse(
        UUID id,
        @Schema(examples = "MSR-2026-000123") String reference,
        ReferralStatus status,
        ReferralSource source,
        Instant receivedAt,
        @Schema(description = "Agency whose token created the referral", examples = "stop-the-traffik") String referringAgency,
        @Schema(description = "Under 18 at receivedAt, or age disputed and not verified") boolean child,
        PotentialVictim potentialVictim,
        List<ExploitationType> exploitationTypes,
        Location location,
        List<Suspect> suspects,
        String narrative,
        boolean consentToNrm,
        boolean urgent,
        Triage triage,
        CrimeRecording crimeRecording,
        Nrm nrm,
        Instant createdAt,
        @Schema(description = "Optimistic-concurrency version; also the ETag") long version) implements Versioned {

    @Schema(name = "Triage")
    public record Triage(Instant decidedAt, String decidedBy, NoFurtherActionReason reason, String notes) {
    }

    @Schema(name = "CrimeRecording", description = "NCRS duty: recorded within 24 hours of receipt (configurable)")
    public record CrimeRecording(boolean required, Instant dueBy, Instant recordedAt, String crimeReference,
                                 CrimeRecordingStatus status, String noCrimeReason, Instant noCrimeDecidedAt) {
    }

    @Schema(name = "Nrm", description = "National Referral Mechanism stage")
    public record Nrm(NrmStage stage, String nrmReference, Instant submittedAt,
                      @Schema(description = "Target: 5 working days after submission (England and Wales)") LocalDate reasonableGroundsDueBy,
                      @Schema(description = "Decided after the target, or undecided past it") boolean reasonableGroundsLate,
                      Decision reasonableGrounds,
                      @Schema(description = "30 days after a positive Reasonable Grounds decision") LocalDate recoveryPeriodEndsOn,
                      Decision conclusiveGrounds,
                      Instant dutyToNotifyAt,
                      @Schema(description = "The anonymous Duty to Notify record: no identifying details (MSA s.52(3))")
                      Map<String, Object> dutyToNotify) {
    }

    @Schema(name = "GroundsDecision")
    public record Decision(GroundsOutcome outcome, Instant decidedAt) {
    }
}
