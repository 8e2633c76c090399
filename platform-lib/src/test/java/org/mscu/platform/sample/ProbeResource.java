package org.mscu.platform.sample;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mscu.platform.idempotency.Idempotent;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.ProblemException;

/** Test-only endpoints that fail in every way an endpoint can; @Access on the class. */
@Path("/api/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
@Access(resource = "sample", action = "read")
public class ProbeResource {

    public static volatile CountDownLatch ENTERED = new CountDownLatch(1);
    public static volatile CountDownLatch GATE = new CountDownLatch(1);

    private final EntityManager entityManager;

    ProbeResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw ProblemException.conflict("SAMPLE_CONFLICT", "The sample is in the wrong state");
    }

    @GET
    @Path("/unprocessable")
    public String unprocessable() {
        throw ProblemException.unprocessable("SAMPLE_UNPROCESSABLE", "The sample cannot be processed");
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("SELECT secret FROM org.mscu.Internal");
    }

    @GET
    @Path("/out-of-range")
    @jakarta.transaction.Transactional
    public Object outOfRange() {
        return entityManager.createNativeQuery("SELECT CAST('+999999999-12-31' AS date)").getResultList();
    }

    @GET
    @Path("/sql-crash")
    @jakarta.transaction.Transactional
    public Object sqlCrash() {
        return entityManager.createNativeQuery("SELECT secret_column FROM no_such_table").getResultList();
    }

    /** Waits until the test opens {@link #GATE}: a request that is still in flight. */
    @POST
    @Path("/slow")
    @Idempotent
    @Access(resource = "sample", action = "create")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response slow(Map<String, Object> body) throws InterruptedException {
        ENTERED.countDown();
        if (!GATE.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gate never opened");
        }
        return Response.status(201).entity(Map.of("echo", body, "at", System.nanoTime())).build();
    }

    /** Answers 500 after the body was read. */
    @POST
    @Path("/failing")
    @Idempotent
    @Access(resource = "sample", action = "create")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response failing(Map<String, Object> body) {
        throw new IllegalStateException("failing on purpose");
    }

    @GET
    @Path("/bounded")
    public int bounded(@QueryParam("size") @Min(1) @Max(10) int size) {
        return size;
    }
}
