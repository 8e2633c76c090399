package org.mscu.platform.problem;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses; the only place that knows how a problem goes on the wire. */
public final class ProblemResponses {

    private static final String TYPE_BASE = "https://mscu.dev/problems/";

    private ProblemResponses() {
    }

    public static Response of(int status, String code, String title, String detail, String path,
                              List<Problem.FieldError> errors) {
        Problem problem = new Problem(type(status, code), title, status, detail, path, code, errors, traceId());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mscu\"");
        }
        return builder.build();
    }

    public static Response of(ProblemException e, String path) {
        return of(e.status(), e.code(), e.title(), e.getMessage(), path, e.errors());
    }

    static String type(int status, String code) {
        if (code != null) {
            return TYPE_BASE + code.toLowerCase().replace('_', '-');
        }
        return status == 400 ? TYPE_BASE + "validation-failed" : "about:blank";
    }

    private static String traceId() {
        String id = Span.current().getSpanContext().getTraceId();
        return Span.current().getSpanContext().isValid() ? id : null;
    }
}
