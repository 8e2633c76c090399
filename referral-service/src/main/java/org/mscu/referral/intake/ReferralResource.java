package org.mscu.referral.intake;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @GET
    @Path("/{id}")
    @Authenticated
    public Map<String, Object> get(@PathParam("id") UUID id) {
        Referral found = Referral.findById(id);
        if (found == null) {
            throw ProblemException.notFound();
        }
        return Map.of("id", found.id, "version", found.version);
    }
}
