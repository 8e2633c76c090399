package org.mscu.referral.nrm;

import org.mscu.platform.time.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;

/** NRM target dates: Reasonable Grounds N working days after submission; the recovery period after a positive decision. */
public record NrmTimetable(WorkingDays workingDays, int reasonableGroundsWorkingDays, int recoveryPeriodDays) {

    public LocalDate reasonableGroundsDueBy(Instant submittedAt) {
        return workingDays.plus(submittedAt.atZone(NrmCase.UK).toLocalDate(), reasonableGroundsWorkingDays);
    }

    public LocalDate recoveryPeriodEndsOn(Instant positiveReasonableGroundsAt) {
        return positiveReasonableGroundsAt.atZone(NrmCase.UK).toLocalDate().plusDays(recoveryPeriodDays);
    }
}
