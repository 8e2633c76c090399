package org.mscu.orders.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An application for a prevention or risk order; the applicant agency comes from the token")
public record CreateOrderRequest(
        @Schema(description = "STPO or STRO") @NotNull OrderType type,
        @Schema(description = "On conviction (STPO only) or on application") @NotNull OrderRoute route,
        @Schema(description = "An interim order pending the full application named in interimFor") boolean interim,
        @Schema(description = "The full application this interim order is sought under (interim orders only)") UUID interimFor,
        @Schema(description = "The conviction an order on conviction follows", examples = "CONV-2026-0042")
        @Size(max = 100) String convictionReference,
        @NotNull @Valid SubjectRequest subject,
        @Schema(description = "The court", examples = "Manchester Magistrates' Court") @NotBlank @Size(max = 200) String court,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ProhibitionRequest> prohibitions,
        @Schema(description = "Referrals the application rests on") @Size(max = 100) List<@NotNull UUID> linkedReferralIds) {
}
