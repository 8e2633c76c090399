package org.mscu.accommodation.property;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of place of safety")
public enum PropertyType {
    SAFE_HOUSE,
    EMERGENCY_BED,
    HOTEL
}
