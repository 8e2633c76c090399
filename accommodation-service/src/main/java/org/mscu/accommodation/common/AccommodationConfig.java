package org.mscu.accommodation.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The accommodation service's own settings (prefix {@code mscu.accommodation}); defaults here are the documented ones. */
@ConfigMapping(prefix = "mscu.accommodation")
public interface AccommodationConfig {

    /** Longest emergency stay a placement may be planned for, in working days; longer needs an extension. */
    @WithDefault("3")
    int maxEmergencyStayWorkingDays();


    /** The zone whose calendar dates placements are booked in (nights start and end on local dates). */
    @WithDefault("Europe/London")
    ZoneId zone();

    /** How many days before its planned end an active placement is announced as ending soon. */
    @WithDefault("1")
    int endingSoonDays();

    /** How often the placement lifecycle job runs (start planned placements, announce ending ones); {@code off} disables it. */
    @WithDefault("15m")
    String lifecycleEvery();

    /** How many beds a placement without bedId tries before answering NO_BED_AVAILABLE. */
    @WithDefault("50")
    int maxBedAttempts();
}
