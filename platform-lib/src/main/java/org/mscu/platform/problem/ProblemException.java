package org.mscu.platform.problem;

import java.util.List;

/**
 * Thrown by application code to answer with a problem. Business conflicts carry a stable
 * {@code code} that partner systems can branch on.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
    }

    /** 404 for a record that does not exist or that the caller may not know exists: the same answer. */
    public static ProblemException notFound() {
        return new ProblemException(404, null, "Not Found", "No such resource", null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, null, "Forbidden", detail, null);
    }

    /** 409 for a business conflict: capacity, overlap, an illegal transition. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "STALE_VERSION", "Precondition Failed", detail, null);
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Unprocessable Content", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "VALIDATION_FAILED", "Request is invalid", "One or more fields are invalid",
                List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
