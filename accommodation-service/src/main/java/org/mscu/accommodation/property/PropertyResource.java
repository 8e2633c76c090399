package org.mscu.accommodation.property;

import static org.mscu.accommodation.common.ApiResponses.FORBIDDEN;
import static org.mscu.accommodation.common.ApiResponses.NOT_FOUND;
import static org.mscu.accommodation.common.ApiResponses.PROBLEM;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.accommodation.property.PropertyApi.BedRequest;
import org.mscu.accommodation.property.PropertyApi.CreatePropertyRequest;
import org.mscu.accommodation.property.PropertyApi.PropertyResponse;
import org.mscu.accommodation.property.PropertyApi.UpdatePropertyRequest;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/properties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Properties", description = "Places of safety and their beds; addresses only for cleared roles")
public class PropertyResource {

    private final PropertyService properties;

    PropertyResource(PropertyService properties) {
        this.properties = properties;
    }

    @POST
    @Idempotent
    @Access(resource = "property", action = "create")
    @Operation(summary = "Register a property with its beds")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PropertyResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_REQUEST_IN_PROGRESS: a request with this Idempotency-Key is still running", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response createProperty(@Valid @NotNull CreatePropertyRequest request) {
        PropertyService.Visible created = properties.create(request);
        return Response.created(URI.create("/api/v1/properties/" + created.property().id())).entity(created.body()).build();
    }

    @GET
    @Path("/{id}")
    @Access(resource = "property", action = "read")
    @Operation(summary = "Read a property; the address only for roles cleared to see it")
    @APIResponse(responseCode = "200", description = "The property", content = @Content(schema = @Schema(implementation = PropertyResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response getProperty(@PathParam("id") UUID id) {
        PropertyService.Visible found = properties.get(id);
        return Response.ok(found.body()).build();
    }

    @PUT
    @Path("/{id}")
    @Access(resource = "property", action = "update")
    @Operation(summary = "Replace a property's details (If-Match required)")
    @APIResponse(responseCode = "200", description = "The updated property", content = @Content(schema = @Schema(implementation = PropertyResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response updateProperty(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull UpdatePropertyRequest request) {
        PropertyService.Visible updated = properties.update(id, ifMatch, request);
        return Response.ok(updated.body()).build();
    }

    @POST
    @Path("/{id}/beds")
    @Access(resource = "property", action = "update")
    @Operation(summary = "Add a bed to a property (If-Match required)")
    @APIResponse(responseCode = "200", description = "The property with its new bed", content = @Content(schema = @Schema(implementation = PropertyResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "BED_LABEL_TAKEN", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response addBed(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull BedRequest request) {
        PropertyService.Visible updated = properties.addBed(id, ifMatch, request);
        return Response.ok(updated.body()).build();
    }
}
