package org.mscu.referral.compliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CrimeRecordingCompliance", description = "NCRS crime-recording compliance of the referrals received in [from, to)")
public record ComplianceReport(
        Instant from, Instant to,
        @Schema(description = "Referrals received in the period") long total,
        @Schema(description = "Referrals with a crime-recording duty (all but NOT_REQUIRED)") long required,
        long compliant, long late,
        @Schema(description = "Number of referrals past the deadline and not recorded") long overdue,
        long pending,
        @Schema(description = "compliant / (compliant + late + overdue); null when none is decided yet") Double complianceRate,
        @Schema(description = "The overdue referrals, most overdue first") List<OverdueItem> overdueItems) {

    @Schema(name = "OverdueCrimeRecording")
    public record OverdueItem(UUID referralId, String reference, Instant receivedAt, Instant dueBy, boolean child, boolean urgent) {
    }
}
