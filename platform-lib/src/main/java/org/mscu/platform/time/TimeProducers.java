package org.mscu.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The one source of "now" (UTC system time; a service or test may produce another {@link Clock})
 * and the working-day calendar built from {@link CalendarConfig}.
 */
public class TimeProducers {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    WorkingDays workingDays(CalendarConfig config) {
        return new WorkingDays(config.bankHolidays());
    }

    /** Today's date in UTC by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
