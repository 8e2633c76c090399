package org.mscu.accommodation.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a property or a bed offers, and what a placement needs. */
@Schema(description = "A feature of a property or bed; a placement's needs are matched against them")
public enum Feature {
    WOMEN_ONLY,
    MEN_ONLY,
    FAMILY,
    WHEELCHAIR,
    GROUND_FLOOR,
    CHILDREN_WELCOME,
    INTERPRETER_SUPPORT,
    SUPPORT_WORKER_ON_SITE,
    PET_FRIENDLY
}
