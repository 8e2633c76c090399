package org.mscu.orders.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The discharge of an order; within 5 years of an STPO being made the consents must be recorded")
public record DischargeRequest(
        @NotNull @PastOrPresent LocalDate dischargedOn,
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The subject consented to the discharge") boolean subjectConsent,
        @Schema(description = "The chief officer consented to the discharge") boolean chiefOfficerConsent) {
}
