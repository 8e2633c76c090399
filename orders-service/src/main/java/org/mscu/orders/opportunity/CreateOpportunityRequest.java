package org.mscu.orders.opportunity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A referral that may warrant a Risk Order")
public record CreateOpportunityRequest(
        @Schema(description = "The referral (referral-service id)") @NotNull UUID referralId,
        @NotNull OpportunityReason reason,
        @Schema(description = "Why a Risk Order may help") @Size(max = 4000) String notes) {
}
