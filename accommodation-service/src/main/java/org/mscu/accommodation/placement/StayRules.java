package org.mscu.accommodation.placement;

import java.time.LocalDate;
import org.mscu.platform.time.WorkingDays;
import org.mscu.platform.problem.ProblemException;

/**
 * Length-of-stay rules for places of safety: a stay is planned for at most N working days
 * (3 by default) after its first night; longer needs an extension with a reason. Ranges are
 * half-open: a stay {@code [from, plannedTo)} leaves the bed free again on {@code plannedTo}.
 */
public final class StayRules {

    private final WorkingDays workingDays;
    private final int maxWorkingDays;

    public StayRules(WorkingDays workingDays, int maxWorkingDays) {
        this.workingDays = workingDays;
        this.maxWorkingDays = maxWorkingDays;
    }

    /** The latest planned end a new placement starting on {@code from} may have. */
    public LocalDate latestPlannedTo(LocalDate from) {
        return workingDays.plus(from, maxWorkingDays);
    }

    /** The planned end of a new placement: the requested one if allowed, else the longest allowed stay. */
    public LocalDate plannedTo(LocalDate from, LocalDate requested, LocalDate today) {
        if (from.isBefore(today)) {
            throw ProblemException.invalid("from", "must not be before today");
        }
        if (requested == null) {
            return latestPlannedTo(from);
        }
        if (!requested.isAfter(from)) {
            throw ProblemException.invalid("plannedTo", "must be after from");
        }
        if (requested.isAfter(latestPlannedTo(from))) {
            throw ProblemException.unprocessable("MAX_STAY_EXCEEDED", "An emergency stay is planned for at most "
                    + maxWorkingDays + " working days (until " + latestPlannedTo(from) + "); ask for an extension with a reason");
        }
        return requested;
    }

    /** Checks an extension: only of a placement still running, and only later than the current planned end. */
    public void checkExtension(PlacementStatus status, LocalDate currentPlannedTo, LocalDate newPlannedTo) {
        if (!status.canExtend()) {
            throw ProblemException.conflict("ILLEGAL_TRANSITION", "A placement that is " + status + " cannot be extended");
        }
        if (!newPlannedTo.isAfter(currentPlannedTo)) {
            throw ProblemException.invalid("plannedTo", "must be after the current planned end " + currentPlannedTo);
        }
    }

    /** The last date of occupation of an ended placement: the day it ended, never later than planned. */
    public static LocalDate occupiedUntil(LocalDate plannedTo, LocalDate endedOn) {
        return endedOn == null || endedOn.isAfter(plannedTo) ? plannedTo : endedOn;
    }

    /** Checks an end: only of an active placement, not before it began, not in the future. */
    public void checkEnd(PlacementStatus status, LocalDate from, LocalDate endedOn, LocalDate today) {
        if (!status.canEnd()) {
            throw ProblemException.conflict("ILLEGAL_TRANSITION", "A placement that is " + status + " cannot be ended"
                    + (status == PlacementStatus.PLANNED ? "; cancel it instead" : ""));
        }
        if (endedOn.isAfter(today)) {
            throw ProblemException.invalid("endedAt", "must not be in the future");
        }
        if (endedOn.isBefore(from)) {
            throw ProblemException.invalid("endedAt", "must not be before the placement began (" + from + ")");
        }
    }
}
