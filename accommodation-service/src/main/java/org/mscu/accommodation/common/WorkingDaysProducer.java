package org.mscu.accommodation.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Working days with the configured bank holidays. */
public class WorkingDaysProducer {

    @Produces
    @Singleton
    WorkingDays workingDays(AccommodationConfig config) {
        return new WorkingDays(config.bankHolidays());
    }
}
