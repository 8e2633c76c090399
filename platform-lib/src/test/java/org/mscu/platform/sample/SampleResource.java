package org.mscu.platform.sample;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;

/** Test-only resource exercising the platform over HTTP. */
@Path("/api/v1/samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResource {

    private final SampleService samples;

    SampleResource(SampleService samples) {
        this.samples = samples;
    }

    @POST
    @Idempotent
    @Access(resource = "sample", action = "create")
    public Response create(@Valid SampleRequest request) {
        SampleView created = samples.create(request);
        return Response.created(URI.create("/api/v1/samples/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Access(resource = "sample", action = "read")
    public Object get(@PathParam("id") UUID id) {
        return samples.get(id);
    }

    @GET
    @Access(resource = "sample", action = "list")
    public Page<Object> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return samples.list(PageRequest.of(limit, cursor));
    }

    @PUT
    @Path("/{id}")
    @Access(resource = "sample", action = "update")
    public SampleView rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid SampleRename request) {
        return samples.rename(id, request.name(), ifMatch);
    }

    /** Deliberately without @Access: must be denied to everyone. */
    @GET
    @Path("/forgotten")
    public String forgotten() {
        return "must never be served";
    }
}
