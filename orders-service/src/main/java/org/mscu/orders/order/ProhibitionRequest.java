package org.mscu.orders.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A prohibition sought or imposed")
public record ProhibitionRequest(
        @Schema(description = "What the prohibition restricts") @NotNull ProhibitionCategory category,
        @Schema(description = "The prohibition's wording", examples = "Not to travel to any country outside the UK")
        @NotBlank @Size(max = 2000) String description,
        @Schema(description = "Last day it has effect; null = the order's expiresOn, or until further order",
                examples = "2031-11-29") LocalDate until) {

    Prohibition toProhibition() {
        return new Prohibition(java.util.UUID.randomUUID(), category, description, until);
    }
}
