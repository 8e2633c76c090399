package org.mscu.orders.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The order was served on the subject: the initial notification is due 3 days later")
public record ServiceRequest(@NotNull @PastOrPresent LocalDate servedOn) {
}
