package org.mscu.orders.order;

import java.time.Period;

/** The two orders of the Modern Slavery Act 2015 Part 2, with the statutory minimum of their prohibitions. */
public enum OrderType {
    /** Slavery and Trafficking Prevention Order (s.14 on conviction, s.15 on application): at least 5 years. */
    STPO(Period.ofYears(5)),
    /** Slavery and Trafficking Risk Order (s.23, on application only): at least 2 years. */
    STRO(Period.ofYears(2));

    private final Period minimumDuration;

    OrderType(Period minimumDuration) {
        this.minimumDuration = minimumDuration;
    }

    /** How long a prohibition (other than foreign travel) lasts at least, unless until further order. */
    public Period minimumDuration() {
        return minimumDuration;
    }
}
