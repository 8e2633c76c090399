package org.mscu.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** What every error answer of the platform looks like (RFC 9457 problem details). */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static void assertProblem(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(status));
    }

    /** 401 problem with a Bearer challenge: the answer to any token the platform does not trust. */
    static void assertUnauthorized(ValidatableResponse response) {
        assertProblem(response, 401);
        response.header("WWW-Authenticate", containsString("Bearer"));
    }
}
