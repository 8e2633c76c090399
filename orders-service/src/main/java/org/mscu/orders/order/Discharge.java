package org.mscu.orders.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** The discharge of an order, with the consents recorded and whether the statute required them. */
@Schema(description = "The discharge of the order")
public record Discharge(LocalDate dischargedOn, String reason, boolean subjectConsent, boolean chiefOfficerConsent,
                       boolean consentRequired, String recordedByAgency, Instant recordedAt) {
}
