package org.mscu.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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

        /** Bank holidays in England and Wales (gov.uk/bank-holidays). */
        @WithDefault("2025-01-01,2025-04-18,2025-04-21,2025-05-05,2025-05-26,2025-08-25,2025-12-25,2025-12-26,"
                + "2026-01-01,2026-04-03,2026-04-06,2026-05-04,2026-05-25,2026-08-31,2026-12-25,2026-12-28,"
                + "2027-01-01,2027-03-26,2027-03-29,2027-05-03,2027-05-31,2027-08-30,2027-12-27,2027-12-28")
        List<LocalDate> bankHolidays();
    }
}
