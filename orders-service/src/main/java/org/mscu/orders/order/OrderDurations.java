package org.mscu.orders.order;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.mscu.platform.problem.ProblemException;

/**
 * Statutory durations (MSA 2015 s.18, s.19, s.20, s.25, s.26, s.27). Dates are inclusive: a prohibition
 * {@code until} a day has effect through that day.
 * <ul>
 *   <li>a prohibition other than foreign travel lasts at least 5 years (STPO) or 2 years (STRO) from the
 *       day the order is made, or until further order ({@code until == null});</li>
 *   <li>a foreign-travel prohibition lasts a fixed period of at most 5 years, renewable by up to 5 years
 *       at a time;</li>
 *   <li>an interim order lasts a fixed period (no statutory minimum: it ends when the application is decided);</li>
 *   <li>an STPO cannot be discharged within 5 years of being made without the consent of the subject and
 *       the chief officer, unless it holds only foreign-travel prohibitions.</li>
 * </ul>
 */
public final class OrderDurations {

    public static final Period FOREIGN_TRAVEL_MAXIMUM = Period.ofYears(5);
    public static final Period FOREIGN_TRAVEL_RENEWAL_MAXIMUM = Period.ofYears(5);
    public static final Period STPO_DISCHARGE_PROTECTION = Period.ofYears(5);

    public static final String DURATION_BELOW_MINIMUM = "DURATION_BELOW_MINIMUM";
    public static final String FOREIGN_TRAVEL_TOO_LONG = "FOREIGN_TRAVEL_TOO_LONG";
    public static final String FOREIGN_TRAVEL_NEEDS_FIXED_PERIOD = "FOREIGN_TRAVEL_NEEDS_FIXED_PERIOD";
    public static final String INTERIM_NEEDS_FIXED_PERIOD = "INTERIM_NEEDS_FIXED_PERIOD";
    public static final String PERIOD_ENDS_BEFORE_START = "PERIOD_ENDS_BEFORE_START";
    public static final String RENEWAL_TOO_LONG = "RENEWAL_TOO_LONG";
    public static final String RENEWAL_NOT_LATER = "RENEWAL_NOT_LATER";
    public static final String DISCHARGE_CONSENT_REQUIRED = "DISCHARGE_CONSENT_REQUIRED";

    private OrderDurations() {
    }

    /**
     * The prohibitions as granted: one without its own {@code until} takes the order's {@code expiresOn}
     * ({@code null} = until further order).
     */
    public static List<Prohibition> resolve(List<Prohibition> prohibitions, LocalDate orderExpiresOn) {
        return prohibitions.stream()
                .map(p -> p.until() == null ? p.withUntil(orderExpiresOn) : p)
                .toList();
    }

    /** Checks resolved prohibitions of an order made on {@code madeOn}; 409 with a code on the first rule broken. */
    public static void checkMade(OrderType type, boolean interim, LocalDate madeOn, List<Prohibition> resolved) {
        for (Prohibition p : resolved) {
            if (p.until() != null && p.until().isBefore(madeOn)) {
                throw ProblemException.conflict(PERIOD_ENDS_BEFORE_START,
                        "A %s prohibition cannot end before the order is made".formatted(p.category()));
            }
            if (interim) {
                if (p.until() == null) {
                    throw ProblemException.conflict(INTERIM_NEEDS_FIXED_PERIOD,
                            "An interim order has effect for a fixed period: give expiresOn or each prohibition's until");
                }
            } else if (p.foreignTravel()) {
                checkForeignTravel(madeOn, p.until());
            } else if (p.until() != null && p.until().isBefore(madeOn.plus(type.minimumDuration()))) {
                throw ProblemException.conflict(DURATION_BELOW_MINIMUM,
                        "A %s prohibition of an %s lasts at least %d years or until further order"
                                .formatted(p.category(), type, type.minimumDuration().getYears()));
            }
        }
    }

    private static void checkForeignTravel(LocalDate from, LocalDate until) {
        if (until == null) {
            throw ProblemException.conflict(FOREIGN_TRAVEL_NEEDS_FIXED_PERIOD,
                    "A foreign-travel prohibition has effect for a fixed period, never until further order");
        }
        if (until.isAfter(from.plus(FOREIGN_TRAVEL_MAXIMUM))) {
            throw ProblemException.conflict(FOREIGN_TRAVEL_TOO_LONG,
                    "A foreign-travel prohibition lasts at most 5 years");
        }
    }

    /**
     * Checks a renewal of one prohibition from {@code currentUntil} to {@code newUntil}: later than now, and
     * for foreign travel by at most 5 years (a foreign-travel prohibition always has a fixed period).
     */
    public static void checkRenewal(Prohibition current, LocalDate newUntil) {
        if (current.until() == null) {
            throw ProblemException.conflict(RENEWAL_NOT_LATER, "A prohibition until further order needs no renewal");
        }
        if (current.foreignTravel()) {
            if (newUntil == null) {
                throw ProblemException.conflict(FOREIGN_TRAVEL_NEEDS_FIXED_PERIOD,
                        "A foreign-travel prohibition is renewed for a fixed period");
            }
            if (newUntil.isAfter(current.until().plus(FOREIGN_TRAVEL_RENEWAL_MAXIMUM))) {
                throw ProblemException.conflict(RENEWAL_TOO_LONG,
                        "A foreign-travel prohibition is renewed by at most 5 years at a time");
            }
        }
        if (newUntil != null && !newUntil.isAfter(current.until())) {
            throw ProblemException.conflict(RENEWAL_NOT_LATER, "A renewal must end later than the prohibition does now");
        }
    }

    /** The last day any prohibition has effect, or {@code null} when one lasts until further order. */
    public static LocalDate orderEnd(List<Prohibition> resolved) {
        if (resolved.isEmpty() || resolved.stream().anyMatch(p -> p.until() == null)) {
            return null;
        }
        return resolved.stream().map(Prohibition::until).filter(Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
    }

    /** Whether discharging on {@code dischargedOn} needs the consent of the subject and the chief officer. */
    public static boolean dischargeNeedsConsent(OrderType type, LocalDate madeOn, LocalDate dischargedOn,
                                                List<Prohibition> prohibitions) {
        boolean onlyForeignTravel = !prohibitions.isEmpty() && prohibitions.stream().allMatch(Prohibition::foreignTravel);
        return type == OrderType.STPO
                && dischargedOn.isBefore(madeOn.plus(STPO_DISCHARGE_PROTECTION))
                && !onlyForeignTravel;
    }

    /** 409 {@code DISCHARGE_CONSENT_REQUIRED} when the consent the statute asks for is not recorded. */
    public static void checkDischarge(OrderType type, LocalDate madeOn, LocalDate dischargedOn, List<Prohibition> prohibitions,
                                      boolean subjectConsent, boolean chiefOfficerConsent) {
        if (dischargedOn.isBefore(madeOn)) {
            throw ProblemException.conflict(PERIOD_ENDS_BEFORE_START, "An order cannot be discharged before it is made");
        }
        if (dischargeNeedsConsent(type, madeOn, dischargedOn, prohibitions) && !(subjectConsent && chiefOfficerConsent)) {
            throw ProblemException.conflict(DISCHARGE_CONSENT_REQUIRED,
                    "An STPO cannot be discharged within 5 years of being made without the recorded consent of"
                            + " the subject and the chief officer");
        }
    }
}
