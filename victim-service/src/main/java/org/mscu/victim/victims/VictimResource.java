package org.mscu.victim.victims;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/victims")
@Produces(MediaType.APPLICATION_JSON)
public class VictimResource {

    @GET
    @Path("/{id}")
    @Authenticated
    public Map<String, Object> get(@PathParam("id") UUID id) {
        Victim found = Victim.findById(id);
        if (found == null) {
            throw ProblemException.notFound();
        }
        return Map.of("id", found.id, "version", found.version);
    }
}
