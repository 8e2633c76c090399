package org.mscu.accommodation.placement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a placement ended")
public enum PlacementOutcome {
    MOVED_ON,
    ENTERED_NRM_SUPPORT,
    RETURNED_HOME,
    LEFT_WITHOUT_NOTICE,
    OTHER
}
