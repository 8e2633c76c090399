package org.mscu.referral.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.mscu.referral.crime.CrimeRecordingRule;
import org.mscu.referral.nrm.NrmTimetable;
import org.mscu.platform.time.WorkingDays;

/** Builds the plain domain rules from configuration (the clock and working days come from platform-lib). */
public class RulesProducer {

    @Produces
    @Singleton
    CrimeRecordingRule crimeRecordingRule(ReferralConfig config) {
        return new CrimeRecordingRule(config.crimeRecording().deadline());
    }

    @Produces
    @Singleton
    NrmTimetable nrmTimetable(ReferralConfig config, WorkingDays workingDays) {
        return new NrmTimetable(workingDays,
                config.nrm().reasonableGroundsWorkingDays(), config.nrm().recoveryPeriodDays());
    }
}
