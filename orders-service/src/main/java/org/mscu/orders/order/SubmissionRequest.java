package org.mscu.orders.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Completes a draft Risk Order application (opened from an opportunity) and makes it")
public record SubmissionRequest(
        @NotNull @Valid SubjectRequest subject,
        @NotBlank @Size(max = 200) String court,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ProhibitionRequest> prohibitions) {
}
