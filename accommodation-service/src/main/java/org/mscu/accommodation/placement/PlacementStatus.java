package org.mscu.accommodation.placement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a placement is in its life; the only legal moves are the ones below. */
@Schema(description = "PLANNED (starts later), ACTIVE (in the bed), ENDED, CANCELLED (never started)")
public enum PlacementStatus {
    PLANNED,
    ACTIVE,
    ENDED,
    CANCELLED;

    public boolean canStart() {
        return this == PLANNED;
    }

    public boolean canExtend() {
        return this == PLANNED || this == ACTIVE;
    }

    public boolean canEnd() {
        return this == ACTIVE;
    }

    public boolean canCancel() {
        return this == PLANNED;
    }

    /** The status of a new placement: it is active at once when it starts today or earlier. */
    public static PlacementStatus initial(java.time.LocalDate from, java.time.LocalDate today) {
        return from.isAfter(today) ? PLANNED : ACTIVE;
    }
}
