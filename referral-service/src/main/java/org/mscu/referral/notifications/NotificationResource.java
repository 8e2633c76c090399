package org.mscu.referral.notifications;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.params.QueryParams;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What the caller's role should act on, for the frontend to poll")
public class NotificationResource {

    private final NotificationService service;

    NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Access(resource = NotificationType.RESOURCE, action = NotificationType.FEED)
    @Operation(summary = "The caller's notifications", description = "Newest first (occurredAt, then id), keyset-paginated. "
            + "Which types a role sees, and whether only for its own agency's records, is the notification part of the "
            + "access policy. Poll with since = the newest occurredAt seen (inclusive: skip ids already shown).")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed since or type, limit over 200 or a bad cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role gets no notifications", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationPage notifications(
            @QueryParam("since") @Parameter(description = "Only notifications that occurred at or after this instant (RFC 3339)") String since,
            @QueryParam("type") @Parameter(description = "Only this type", schema = @Schema(enumeration = {"referral.crime-recording-overdue",
                    "rota.gap-detected", "order.expiring", "placement.ending-soon"})) String type,
            @QueryParam("limit") @Parameter(description = "1 to 200, default 50") String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        NotificationService.Filter filter = new NotificationService.Filter(QueryParams.instant("since", since), type(type));
        Page<NotificationResponse> page = service.feed(filter, PageRequest.of(QueryParams.integer("limit", limit), cursor));
        return new NotificationPage(page.items(), page.nextCursor());
    }

    private static NotificationType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return NotificationType.ofEventType(value.strip()).orElseThrow(() -> ProblemException.invalid("type",
                "must be one of " + String.join(", ", new java.util.TreeSet<>(NotificationType.eventTypes()))));
    }
}
