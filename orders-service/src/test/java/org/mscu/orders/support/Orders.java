package org.mscu.orders.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.testing.Persona;

/**
 * Builders of request bodies and small flows (apply, grant, serve) for the orders tests. Subjects are
 * fictional and unique per call, so tests never see each other's records through a subject search.
 */
public final class Orders {

    private Orders() {
    }

    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }

    /** A fictional subject name unique to this call. */
    public static String fictionalName() {
        return "Testperson " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> prohibition(String category, LocalDate until) {
        Map<String, Object> p = new HashMap<>();
        p.put("category", category);
        p.put("description", "Fictional " + category.toLowerCase() + " prohibition");
        p.put("until", until == null ? null : until.toString());
        return p;
    }

    /** An application body: change what a test needs with {@link Map#put}. */
    public static Map<String, Object> application(String type, Map<String, Object>... prohibitions) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("route", "ON_APPLICATION");
        body.put("interim", false);
        body.put("subject", Map.of("name", fictionalName(), "dateOfBirth", "1980-05-17"));
        body.put("court", "Manchester and Salford Magistrates' Court");
        body.put("prohibitions", prohibitions.length == 0 ? List.of(prohibition("CONTACT", null)) : List.of(prohibitions));
        body.put("linkedReferralIds", List.of(UUID.randomUUID()));
        return body;
    }

    public static Map<String, Object> decision(String outcome, LocalDate madeOn, LocalDate expiresOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("madeOn", madeOn.toString());
        body.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        return body;
    }

    public static Response apply(Persona persona, Map<String, Object> application) {
        return Api.post(persona, "/api/v1/orders", application);
    }

    /** Applies and returns the new order's id (fails the test unless 201). */
    public static String applied(Persona persona, Map<String, Object> application) {
        Response response = apply(persona, application);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.path("id");
    }

    public static Response decide(Persona persona, String orderId, Map<String, Object> decision) {
        return Api.post(persona, "/api/v1/orders/" + orderId + "/decision", decision);
    }

    /** An STPO of the persona's agency, granted on {@code madeOn} with the given prohibitions. */
    public static String granted(Persona persona, String type, LocalDate madeOn, Map<String, Object>... prohibitions) {
        String id = applied(persona, application(type, prohibitions));
        Response response = decide(persona, id, decision("GRANTED", madeOn, null));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return id;
    }

    /** A granted STPO of the persona's agency with one prohibition until further order, made today. */
    public static String granted(Persona persona) {
        return granted(persona, "STPO", today());
    }

    public static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    public static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
