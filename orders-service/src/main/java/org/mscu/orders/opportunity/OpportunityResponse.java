package org.mscu.orders.opportunity;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.concurrency.Versioned;

@Schema(name = "OrderOpportunity", description = "A Risk Order opportunity and its assessment")
public record OpportunityResponse(
        UUID id,
        UUID referralId,
        OpportunityReason reason,
        String notes,
        OpportunityOrigin origin,
        OpportunityStatus status,
        AssessmentDecision decision,
        String rationale,
        Instant assessedAt,
        @Schema(description = "The draft Risk Order application opened when pursued") UUID orderId,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Versioned {

    static OpportunityResponse of(Opportunity o) {
        return new OpportunityResponse(o.id, o.referralId, o.reason, o.notes, o.origin, o.status, o.decision, o.rationale,
                o.assessedAt, o.orderId, o.createdAt, o.updatedAt, o.version);
    }
}
