package org.mscu.platform.events;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;

/**
 * Operations on this service's event consumers: see the dead-letter queues, replay one. Granted in
 * the service's policy.yaml (resource {@code events}, actions {@code read}, {@code replay}).
 */
@Path("/api/v1/events/{service}/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Event consumers' dead-letter queues: depth and replay")
@APIResponse(responseCode = "404", description = "Not this service, or no such consumer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The broker is unreachable",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final String serviceName;

    DeadLetterResource(DeadLetters deadLetters, @ConfigProperty(name = "mscu.service.name") String serviceName) {
        this.deadLetters = deadLetters;
        this.serviceName = serviceName;
    }

    @GET
    @Access(resource = "events", action = "read")
    @APIResponse(responseCode = "200", description = "Each consumer's dead-letter queue and its depth")
    public List<DeadLetters.DeadLetterQueue> deadLetterQueues(@PathParam("service") String service) {
        requireThisService(service);
        return available(deadLetters::list);
    }

    @POST
    @Path("/{consumer}/replay")
    @Access(resource = "events", action = "replay")
    @APIResponse(responseCode = "200", description = "The dead letters present when the replay started were moved back to the consumer's queue")
    public DeadLetters.Replay replayDeadLetters(@PathParam("service") String service, @PathParam("consumer") String consumer) {
        requireThisService(service);
        return available(() -> deadLetters.replay(consumer)).orElseThrow(ProblemException::notFound);
    }

    private void requireThisService(String service) {
        if (!serviceName.equals(service)) {
            throw ProblemException.notFound();
        }
    }

    private static <T> T available(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (EventBroker.BrokerUnavailableException e) {
            throw new ProblemException(503, "EVENTS_BROKER_UNAVAILABLE", "Service Unavailable",
                    "The message broker is unreachable; try again later", null);
        }
    }
}
