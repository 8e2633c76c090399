package org.mscu.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/**
 * Sends requests through the gateway for the suites that make many of them. The gateway's rate limit
 * (429, one bucket per agency and client, shared by every person of the unit) and a service briefly
 * stopped by another test (503 from the gateway) are waited out and the request sent again; both
 * answers come from the gateway before any service acted, so a retry never repeats a change.
 */
final class Calls {

    private static final int ATTEMPTS = 40;

    private Calls() {
    }

    /** The answer to a subject's request, sent as {@code bearer}. */
    static Response send(String bearer, String method, Subject subject) {
        return retrying(() -> {
            RequestSpecification request = Gateway.withBearer(bearer);
            subject.query().forEach(request::queryParam);
            subject.headers().forEach(request::header);
            if (subject.body() != null) {
                request.body(subject.body());
            }
            return request.request(method, subject.path());
        });
    }

    /** {@code call} again while the gateway answers 429 or its own 503. */
    static Response retrying(Supplier<Response> call) {
        Response response = call.get();
        for (int attempt = 1; attempt < ATTEMPTS && waitable(response); attempt++) {
            pause(response);
            response = call.get();
        }
        return response;
    }

    private static boolean waitable(Response response) {
        if (response.statusCode() == 429) {
            return true;
        }
        // Only the gateway's own answer for an upstream that is down: the request never reached it.
        return response.statusCode() == 503 && "UPSTREAM_UNAVAILABLE".equals(problemCode(response));
    }

    private static String problemCode(Response response) {
        try {
            return response.jsonPath().getString("code");
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static void pause(Response response) {
        long millis = 500;
        String retryAfter = response.header("Retry-After");
        if (retryAfter != null && retryAfter.matches("\\d{1,3}")) {
            millis = Math.min(5_000, Long.parseLong(retryAfter) * 1000);
        }
        try {
            Thread.sleep(Math.max(200, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out a " + response.statusCode(), e);
        }
    }
}
