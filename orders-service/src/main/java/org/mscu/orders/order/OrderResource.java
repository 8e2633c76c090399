package org.mscu.orders.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.params.QueryParams;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Slavery and Trafficking Prevention and Risk Orders: applications, decisions, variations, renewals, discharges, notifications and breaches")
public class OrderResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private final OrderService orders;

    OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @POST
    @Access(resource = "order", action = "create")
    @Operation(operationId = "createOrder", summary = "Apply for an order", description = "Order managers of an applicant body (gmp, immigration-enforcement, glaa). The applicant agency comes from the token; an STRO may be sought by gmp or immigration-enforcement only.")
    @APIResponse(responseCode = "201", description = "Application recorded (status APPLIED)", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot apply for orders", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "APPLICANT_NOT_PERMITTED, ROUTE_NOT_PERMITTED or INTERIM_WITHOUT_APPLICATION", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    public Response create(@NotNull @Valid CreateOrderRequest request) {
        Object created = orders.create(request);
        return Response.created(URI.create("/api/v1/orders/" + idOf(created))).entity(created).build();
    }

    @GET
    @Access(resource = "order", action = "read")
    @Operation(operationId = "listOrders", summary = "List orders", description = "The orders the caller may read, oldest first: filter by status and type, orders in force expiring on or before a day or within N days, orders with an overdue notification.")
    @APIResponse(responseCode = "200", description = "A page of orders ({items, nextCursor})")
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot read orders", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<Object> list(@Parameter(schema = @Schema(implementation = OrderStatus.class)) @QueryParam("status") String status,
                             @Parameter(schema = @Schema(implementation = OrderType.class)) @QueryParam("type") String type,
                             @Parameter(description = "In force and ending on or before this day (YYYY-MM-DD)") @QueryParam("expiringBefore") String expiringBefore,
                             @Parameter(description = "In force and ending within this many days (0..3660)") @QueryParam("expiringWithinDays") String expiringWithinDays,
                             @Parameter(description = "Only orders with an overdue notification") @QueryParam("notificationOverdue") String notificationOverdue,
                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        var filter = new OrderFilter(QueryParams.enumOf(OrderStatus.class, "status", status),
                QueryParams.enumOf(OrderType.class, "type", type), QueryParams.date("expiringBefore", expiringBefore),
                QueryParams.integer("expiringWithinDays", expiringWithinDays, 0, 3660),
                QueryParams.bool("notificationOverdue", notificationOverdue), null, null);
        return orders.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @Path("/subject-search")
    @Access(resource = "order", action = "read")
    @Operation(summary = "Find orders by subject", description = "Name (case, spacing and accents ignored) and optionally date of birth, in the body so that no personal data travels in URLs.")
    @APIResponse(responseCode = "200", description = "A page of orders ({items, nextCursor})")
    @APIResponse(responseCode = "403", description = "The caller's role cannot read orders", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<Object> searchBySubject(@NotNull @Valid SubjectSearchRequest request,
                                        @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return orders.list(OrderFilter.bySubject(request), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Access(resource = "order", action = "read")
    @Operation(operationId = "getOrder", summary = "Get an order", description = "With its prohibitions, notification requirements, variations, renewals and discharge; ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot read orders", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not one the caller may know", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object get(@PathParam("id") UUID id) {
        return orders.find(id).orElseThrow(ProblemException::notFound);
    }

    @POST
    @Path("/{id}/submission")
    @Access(resource = "order", action = "submit")
    @Operation(summary = "Submit a draft Risk Order application", description = "Completes a DRAFT opened from an opportunity (subject, court, prohibitions): DRAFT → APPLIED.")
    @APIResponse(responseCode = "200", description = "The order, now APPLIED", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot submit applications", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not the caller's agency's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION (not a draft) or APPLICANT_NOT_PERMITTED", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SubmissionRequest request) {
        return orders.submit(id, ifMatch, request);
    }

    @POST
    @Path("/{id}/decision")
    @Access(resource = "order", action = "decide")
    @Operation(summary = "Record the court's decision", description = "APPLIED → GRANTED or REFUSED. Prohibitions last at least 5 years (STPO) or 2 years (STRO) or until further order; foreign travel at most 5 years. Deciding a full application ends its interim orders.")
    @APIResponse(responseCode = "200", description = "The decided order", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot record decisions", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not the caller's agency's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION, DURATION_BELOW_MINIMUM, FOREIGN_TRAVEL_TOO_LONG, FOREIGN_TRAVEL_NEEDS_FIXED_PERIOD, INTERIM_NEEDS_FIXED_PERIOD", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionRequest request) {
        return orders.decide(id, ifMatch, request);
    }

    @POST
    @Path("/{id}/variations")
    @Access(resource = "order", action = "vary")
    @Operation(summary = "Vary an order", description = "Replaces the prohibitions; the order stays in force (VARIED) and every variation is kept with what it replaced.")
    @APIResponse(responseCode = "200", description = "The varied order", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot vary orders", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not the caller's agency's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or a duration rule", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object vary(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid VariationRequest request) {
        return orders.vary(id, ifMatch, request);
    }

    @POST
    @Path("/{id}/renewal")
    @Access(resource = "order", action = "renew")
    @Operation(summary = "Renew prohibitions", description = "Extends prohibitions of a full order in force (RENEWED); foreign travel by at most 5 years at a time.")
    @APIResponse(responseCode = "200", description = "The renewed order", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or unknown prohibition", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot renew orders", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not the caller's agency's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION, RENEWAL_TOO_LONG or RENEWAL_NOT_LATER", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object renew(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RenewalRequest request) {
        return orders.renew(id, ifMatch, request);
    }

    @POST
    @Path("/{id}/discharge")
    @Access(resource = "order", action = "discharge")
    @Operation(summary = "Discharge an order", description = "Within 5 years of an STPO being made, the consent of the subject and of the chief officer must be recorded, unless it holds only foreign-travel prohibitions.")
    @APIResponse(responseCode = "200", description = "The discharged order", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot discharge orders", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not the caller's agency's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DISCHARGE_CONSENT_REQUIRED", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object discharge(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DischargeRequest request) {
        return orders.discharge(id, ifMatch, request);
    }

    @POST
    @Path("/{id}/service")
    @Access(resource = "order", action = "serve")
    @Operation(summary = "Record that the order was served", description = "Starts the initial notification requirement: due 3 days after service.")
    @APIResponse(responseCode = "200", description = "The order with its notification requirement", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot record service", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not one the caller may know", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ORDER_NOT_IN_FORCE or ALREADY_SERVED", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object serve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ServiceRequest request) {
        return orders.serve(id, ifMatch, request);
    }

    @POST
    @Path("/{id}/notifications")
    @Access(resource = "order", action = "notify")
    @Operation(summary = "Record a notification by the subject", description = "The initial notification (due 3 days after service) or a change of name or address (due 3 days after the change). Status DUE, MET or OVERDUE.")
    @APIResponse(responseCode = "200", description = "The order with its notification requirements", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot record notifications", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not one the caller may know", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ORDER_NOT_IN_FORCE, ORDER_NOT_SERVED or ALREADY_NOTIFIED", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object notify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid NotificationRequest request) {
        return orders.notify(id, ifMatch, request);
    }

    @POST
    @Path("/{id}/breaches")
    @Access(resource = "order", action = "record-breach")
    @Operation(summary = "Record a breach", description = "By the applicant agency or probation, on an order in force; the reporting agency comes from the token.")
    @APIResponse(responseCode = "201", description = "Breach recorded", content = @Content(schema = @Schema(implementation = BreachResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot record breaches", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not one the caller may know", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ORDER_NOT_IN_FORCE or BREACH_BEFORE_ORDER", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    public Response recordBreach(@PathParam("id") UUID id, @NotNull @Valid BreachRequest request) {
        BreachResponse breach = orders.recordBreach(id, request);
        return Response.created(URI.create("/api/v1/orders/" + id + "/breaches/" + breach.id())).entity(breach).build();
    }

    @GET
    @Path("/{id}/breaches")
    @Access(resource = "order", action = "read-breaches")
    @Operation(summary = "List the breaches of an order", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The breaches ({items, nextCursor})")
    @APIResponse(responseCode = "403", description = "The caller's role cannot read breaches", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not one the caller may know", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<BreachResponse> breaches(@PathParam("id") UUID id) {
        return orders.breaches(id);
    }

    @GET
    @Path("/{id}/breaches/{breachId}")
    @Access(resource = "order", action = "read-breaches")
    @Operation(summary = "Get one breach of an order")
    @APIResponse(responseCode = "200", description = "The breach", content = @Content(schema = @Schema(implementation = BreachResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot read breaches", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such breach, or not one the caller may know", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BreachResponse breach(@PathParam("id") UUID id, @PathParam("breachId") UUID breachId) {
        return orders.breaches(id).items().stream().filter(b -> b.id().equals(breachId)).findFirst()
                .orElseThrow(ProblemException::notFound);
    }

    private static Object idOf(Object body) {
        return body instanceof OrderResponse order ? order.id() : ((com.fasterxml.jackson.databind.JsonNode) body).get("id").asText();
    }
}
