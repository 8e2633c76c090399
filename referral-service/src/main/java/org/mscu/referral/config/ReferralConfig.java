package org.mscu.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The referral service's rules that are configurable (domain.md), with their defaults in one place. */
@ConfigMapping(prefix = "referrals")
public interface ReferralConfig {

    CrimeRecording crimeRecording();

    Nrm nrm();

    interface CrimeRecording {
        /** NCRS: a crime recorded within this time of the referral being received. */
        @WithDefault("PT24H")
        Duration deadline();

        /** How often the overdue scan runs (a Quarkus scheduler expression such as {@code 15m}). */
        @WithDefault("15m")
        String overdueScanEvery();
    }

    interface Nrm {
        /** Target for a Reasonable Grounds decision, in working days after submission. */
        @WithDefault("5")
        int reasonableGroundsWorkingDays();

        /** Minimum recovery period after a positive Reasonable Grounds decision (30 days since 13 Dec 2022). */
        @WithDefault("30")
        int recoveryPeriodDays();

    }
}
