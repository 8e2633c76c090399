package org.mscu.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error, the framework's included, into an RFC 9457 problem. Bodies never carry
 * stack traces, SQL or class names: internal errors are logged with their trace id and answered
 * with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    /** SQLState class 22, data exception: out-of-range numbers and dates, invalid values. */
    private static final String DATA_EXCEPTION_CLASS = "22";
    /** SQLState class 08, connection exception: the connection failed or broke. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping, restarting or starting. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** Seconds a client is asked to wait before trying again when the database is away. */
    private static final String DATABASE_RETRY_AFTER = "2";

    private final BrokenConnections brokenConnections;

    public ProblemMappers(BrokenConnections brokenConnections) {
        this.brokenConnections = brokenConnections;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e, uri.getPath());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return ProblemResponses.of(400, VALIDATION_FAILED, "Request is invalid", "One or more fields are invalid",
                uri.getPath(), errors);
    }

    /** Overrides the framework's own mapper for wrong types, unknown properties and bad enum values. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(400, VALIDATION_FAILED, "Request body is invalid", bodyProblem(e), uri.getPath(),
                List.of(new Problem.FieldError(jsonPath(e), bodyProblem(e))));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, null, "Forbidden", "Your role may not use this function", uri.getPath(), null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        Response problem = ProblemResponses.of(status, null, title, httpDetail(status), uri.getPath(), null);
        if (status == 405 && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        java.sql.SQLException sql = sqlCause(e);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
            // A well-formed value the database cannot hold (a date beyond its range, say): the
            // caller's input, refused; the transaction was rolled back, so nothing changed.
            LOG.infof("Value refused by the database on %s: SQLState %s", uri.getPath(), sql.getSQLState());
            return ProblemResponses.of(400, "VALUE_OUT_OF_RANGE", "Request is invalid",
                    "A value is outside the range this service can store", uri.getPath(), null);
        }
        if (sql != null && databaseAway(sql)) {
            // A restarted or unreachable database: the caller is told to try again, not that the service
            // failed; the pool's other connections are replaced, so that the next requests get new ones.
            LOG.warnf("Database unavailable on %s: SQLState %s", uri.getPath(), sql.getSQLState());
            if (connectionBroke(sql)) {
                brokenConnections.flushPool();
            }
            return Response.fromResponse(ProblemResponses.of(503, "DATABASE_UNAVAILABLE", "Service Unavailable",
                    "The service cannot reach its database at the moment; try again shortly (a POST with the same "
                            + "Idempotency-Key is answered once)", uri.getPath(), null))
                    .header("Retry-After", DATABASE_RETRY_AFTER).build();
        }
        if (sql != null) {
            // Database messages quote the offending values: log where and what kind, never the message.
            LOG.errorf("Unhandled database error on %s: %s, SQLState %s", uri.getPath(), causeChain(e), sql.getSQLState());
        } else {
            LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        }
        return ProblemResponses.of(500, null, "Internal Server Error",
                "The request could not be completed; quote the trace id when reporting it", uri.getPath(), null);
    }

    /**
     * The connection broke or could not be made, or the pool waited its acquisition timeout for one
     * (Agroal says so only in its message, without an SQLState).
     */
    private static boolean databaseAway(java.sql.SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state);
    }

    /** The connection itself failed (not the pool's wait for one). */
    private static boolean connectionBroke(java.sql.SQLException sql) {
        return sql.getSQLState() != null;
    }

    private static java.sql.SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String causeChain(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(cause.getClass().getSimpleName());
        }
        return chain.toString();
    }

    private Response unauthorized(UriInfo uri) {
        return ProblemResponses.of(401, null, "Unauthorized", "A valid bearer token is required", uri.getPath(), null);
    }

    private static String httpDetail(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation; this API produces application/json";
            case 415 -> "Unsupported media type; send application/json";
            default -> "The request could not be processed";
        };
    }

    private static String bodyProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e instanceof InvalidFormatException invalid && NulCharacters.MESSAGE.equals(invalid.getOriginalMessage())) {
            return NulCharacters.MESSAGE;
        }
        if (e instanceof InvalidFormatException invalid) {
            return "cannot be read as " + friendlyType(invalid.getTargetType());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "has the wrong type or shape";
        }
        return "malformed JSON";
    }

    private static String friendlyType(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an RFC 3339 instant";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> "the expected type";
        };
    }

    private static String jsonPath(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "$body";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Drops the method and argument names Bean Validation puts in front: {@code create.body.name} → {@code name}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || n.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT)
                .map(n -> n.getIndex() != null ? n.getName() + "[" + n.getIndex() + "]" : n.getName())
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        Path.Node last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
        return last != null ? last.getName() : "$body";
    }
}
