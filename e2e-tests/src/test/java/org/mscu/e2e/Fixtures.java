package org.mscu.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** What the fixture factories of the access matrix share: requests that must succeed, unique values. */
final class Fixtures {

    /** The zone the services count calendar days in (their default configuration). */
    static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

    private Fixtures() {
    }

    /** Sends a request that sets up a fixture; anything but {@code expected} fails the test with the answer. */
    static JsonPath call(String bearer, String method, String path, Object body, int expected) {
        Subject subject = Subject.at(path).body(body);
        Response response = Calls.send(bearer, method, subject);
        if (response.statusCode() != expected) {
            throw new AssertionError("setting up a fixture: " + method + " " + path + " answered "
                    + response.statusCode() + " (expected " + expected + "): " + response.asString());
        }
        return response.jsonPath();
    }

    static JsonPath post(String bearer, String path, Object body, int expected) {
        return call(bearer, "POST", path, body, expected);
    }

    /** A reader of a record's current state, for comparing it before and after refused calls. */
    static Supplier<String> stateOf(String bearer, String path) {
        return () -> {
            Response response = Calls.send(bearer, "GET", Subject.at(path));
            return response.statusCode() + " " + response.asString();
        };
    }

    /** The relationship {@code name} when {@code holds}, else none. */
    static Set<String> when(boolean holds, String name) {
        return holds ? Set.of(name) : Set.of();
    }

    /** A short random suffix that keeps one run's records apart from every other run's. */
    static String unique() {
        return Gateway.unique();
    }

    /** An instant to the second, random within the last 300 days: a value no other record is likely to share. */
    static Instant uniquePastInstant() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS)
                .minusSeconds(3600 + ThreadLocalRandom.current().nextLong(300L * 24 * 3600));
    }

    static LocalDate today() {
        return LocalDate.now(SERVICE_ZONE);
    }

    static String bearerOf(String login) {
        return People.bearer(login);
    }
}
