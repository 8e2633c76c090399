package org.mscu.orders.order;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A notification by the subject: the initial one after service, or of a change of name or address")
public record NotificationRequest(
        @Schema(description = "INITIAL when absent") NotificationKind kind,
        @Schema(description = "The day the subject notified; required for INITIAL, absent for a change not yet notified")
        @PastOrPresent LocalDate notifiedOn,
        @Schema(description = "The day of the change (changes only): the notification is due 3 days later")
        @PastOrPresent LocalDate changedOn,
        @Schema(description = "What was notified") @Size(max = 2000) String details) {

    public NotificationKind kindOrInitial() {
        return kind == null ? NotificationKind.INITIAL : kind;
    }
}
