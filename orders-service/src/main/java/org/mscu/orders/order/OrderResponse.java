package org.mscu.orders.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.concurrency.Versioned;

@Schema(name = "Order", description = "A prevention or risk order with its history")
public record OrderResponse(
        UUID id,
        OrderType type,
        OrderRoute route,
        boolean interim,
        @Schema(description = "The full application an interim order belongs to") UUID interimFor,
        String convictionReference,
        Subject subject,
        String court,
        List<Prohibition> prohibitions,
        List<UUID> linkedReferralIds,
        @Schema(description = "The Risk Order opportunity a draft came from") UUID opportunityId,
        @Schema(description = "The agency that applied (from its token)", examples = "gmp") String applicantAgency,
        OrderStatus status,
        LocalDate decidedOn,
        LocalDate madeOn,
        @Schema(description = "Last day any prohibition has effect; null = until further order (or not yet made)")
        LocalDate expiresOn,
        @Schema(description = "The initial notification requirement, once the order was served") Notification notification,
        @Schema(description = "Notifications of changes of name or address") List<Notification> notificationChanges,
        List<Variation> variations,
        List<Renewal> renewals,
        Discharge discharge,
        @Schema(description = "The day an interim order ended because its full application was decided") LocalDate endedOn,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Versioned {

    @Schema(name = "OrderSubject")
    public record Subject(String name, LocalDate dateOfBirth) {
    }

    @Schema(name = "OrderNotification")
    public record Notification(UUID id, NotificationKind kind, LocalDate triggeredOn, LocalDate dueBy, LocalDate notifiedOn,
                               NotificationStatus status, String details) {
    }

    static OrderResponse of(PreventionOrder order, List<NotificationRequirement> requirements, LocalDate today) {
        Notification initial = requirements.stream().filter(r -> r.kind == NotificationKind.INITIAL)
                .findFirst().map(r -> notification(r, today)).orElse(null);
        List<Notification> changes = requirements.stream().filter(r -> r.kind != NotificationKind.INITIAL)
                .map(r -> notification(r, today)).toList();
        Subject subject = order.subjectName == null ? null : new Subject(order.subjectName, order.subjectDateOfBirth);
        return new OrderResponse(order.id, order.type, order.route, order.interim, order.interimFor,
                order.convictionReference, subject, order.court, List.copyOf(order.prohibitions),
                Arrays.asList(order.linkedReferralIds), order.opportunityId, order.applicantAgency, order.status,
                order.decidedOn, order.madeOn, order.expiresOn, initial, changes, List.copyOf(order.variations),
                List.copyOf(order.renewals), order.discharge, order.endedOn, order.createdAt, order.updatedAt, order.version);
    }

    private static Notification notification(NotificationRequirement r, LocalDate today) {
        return new Notification(r.id, r.kind, r.triggeredOn, r.dueBy, r.notifiedOn, r.status(today), r.details);
    }
}
