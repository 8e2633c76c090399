package org.mscu.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Set;

/** The England and Wales calendar the domain rules count working days in (prefix {@code mscu.calendar}). */
@ConfigMapping(prefix = "mscu.calendar")
public interface CalendarConfig {

    /** England and Wales bank holidays (gov.uk/bank-holidays); extend the list each year (CALENDAR_BANK_HOLIDAYS). */
    @WithDefault("2025-01-01,2025-04-18,2025-04-21,2025-05-05,2025-05-26,2025-08-25,2025-12-25,2025-12-26,"
            + "2026-01-01,2026-04-03,2026-04-06,2026-05-04,2026-05-25,2026-08-31,2026-12-25,2026-12-28,"
            + "2027-01-01,2027-03-26,2027-03-29,2027-05-03,2027-05-31,2027-08-30,2027-12-27,2027-12-28")
    Set<LocalDate> bankHolidays();
}
