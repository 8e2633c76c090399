package org.mscu.orders.order;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class PreventionOrderResource {

    @GET
    @Path("/{id}")
    @Authenticated
    public Map<String, Object> get(@PathParam("id") UUID id) {
        PreventionOrder found = PreventionOrder.findById(id);
        if (found == null) {
            throw ProblemException.notFound();
        }
        return Map.of("id", found.id, "version", found.version);
    }
}
