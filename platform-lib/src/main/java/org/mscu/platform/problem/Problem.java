package org.mscu.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the one error body every service answers with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI naming the problem type", example = "https://mscu.dev/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Request body is invalid")
        String title,
        @Schema(description = "HTTP status", example = "400")
        int status,
        @Schema(description = "What went wrong with this request")
        String detail,
        @Schema(description = "Request path the problem occurred on", example = "/api/v1/referrals")
        String instance,
        @Schema(description = "Stable machine-readable code for business conflicts", example = "CONSENT_REQUIRED")
        String code,
        @Schema(description = "One entry per invalid field")
        List<FieldError> errors,
        @Schema(description = "Trace id to quote when reporting the problem")
        String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the body, or the parameter name", example = "potentialVictim.dateOfBirth")
            String field,
            @Schema(description = "What is wrong with it", example = "must be a past date")
            String message) {
    }
}
