package org.mscu.referral.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.HashSet;
import org.mscu.referral.crime.CrimeRecordingRule;
import org.mscu.referral.nrm.NrmTimetable;
import org.mscu.referral.nrm.WorkingDays;

/** Builds the plain domain rules from configuration, and the clock "now" comes from. */
public class RulesProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    CrimeRecordingRule crimeRecordingRule(ReferralConfig config) {
        return new CrimeRecordingRule(config.crimeRecording().deadline());
    }

    @Produces
    @Singleton
    NrmTimetable nrmTimetable(ReferralConfig config) {
        return new NrmTimetable(new WorkingDays(new HashSet<>(config.nrm().bankHolidays())),
                config.nrm().reasonableGroundsWorkingDays(), config.nrm().recoveryPeriodDays());
    }
}
