package org.mscu.orders.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.applied;
import static org.mscu.orders.support.Orders.body;
import static org.mscu.orders.support.Orders.granted;
import static org.mscu.orders.support.Orders.list;
import static org.mscu.orders.support.Orders.prohibition;
import static org.mscu.orders.support.Orders.today;

import io.restassured.response.Response;
import java.util.UUID;
import org.mscu.platform.testing.Persona;

/**
 * Records in a given relationship to a persona, and one call per (resource, action) of policy.yaml:
 * what the policy matrix walks.
 */
public final class Records {

    /** Actions that need an order in force to succeed. */
    private static final java.util.Set<String> NEED_IN_FORCE =
            java.util.Set.of("vary", "renew", "discharge", "serve", "notify", "record-breach");

    private Records() {
    }

    /** An applicant body's order manager other than the persona's agency. */
    public static Persona otherApplicant(Persona persona) {
        return "gmp".equals(persona.agency()) ? Persona.IMMIGRATION_SYSTEM : Persona.ORDER_MANAGER;
    }

    /** A record for {@code action} on {@code resource} in {@code relationship} to {@code persona}. */
    public static String prepare(String resource, String action, String relationship, Persona persona) {
        return switch (resource) {
            case "opportunity" -> "assess".equals(action) || "read".equals(action) ? openOpportunity() : null;
            case "audit" -> granted(Persona.ORDER_MANAGER);
            case "events" -> null;
            default -> prepareOrder(action, relationship, persona);
        };
    }

    private static String prepareOrder(String action, String relationship, Persona persona) {
        if ("create".equals(action)) {
            return null;
        }
        Persona creator = "own".equals(relationship) ? persona : otherApplicant(persona);
        if ("submit".equals(action) && "own".equals(relationship) && "gmp".equals(persona.agency())) {
            return draftRiskOrder();
        }
        boolean inForce = "granted".equals(relationship) || NEED_IN_FORCE.contains(action);
        if (!inForce) {
            return applied(creator, application("STPO"));
        }
        String id = granted(creator, "STPO", today(), prohibition("FOREIGN_TRAVEL", today().plusYears(1)));
        if ("notify".equals(action)) {
            Api.post(creator, "/api/v1/orders/" + id + "/service", body("servedOn", today().toString())).then().statusCode(200);
        }
        return id;
    }

    /** An order no relationship connects to the persona: another applicant's pending application. */
    public static String unrelatedOrder(Persona persona) {
        return applied(otherApplicant(persona), application("STPO"));
    }

    public static String openOpportunity() {
        return Api.post(Persona.COORDINATOR, "/api/v1/order-opportunities",
                        body("referralId", UUID.randomUUID().toString(), "reason", "INVESTIGATION_NOT_PURSUED"))
                .then().statusCode(201).extract().path("id");
    }

    public static String draftRiskOrder() {
        String opportunity = openOpportunity();
        Response assessed = Api.post(Persona.VULNERABILITY_LEAD, "/api/v1/order-opportunities/" + opportunity + "/assessment",
                body("decision", "PURSUE", "rationale", "Fictional risk remains"));
        assertThat(assessed.statusCode()).as(assessed.asString()).isEqualTo(200);
        return assessed.path("orderId");
    }

    /** Performs {@code action} on {@code resource} as {@code persona} against record {@code id}. */
    public static Response call(String resource, String action, Persona persona, String id) {
        String order = "/api/v1/orders/" + id;
        return switch (resource + ":" + action) {
            case "order:create" -> Api.post(persona, "/api/v1/orders", application("STPO"));
            case "order:read" -> Api.get(persona, order);
            case "order:decide" -> Api.post(persona, order + "/decision", Orders.decision("GRANTED", today(), null));
            case "order:vary" -> Api.post(persona, order + "/variations", body("variedOn", today().toString(),
                    "reason", "Matrix variation", "prohibitions", list(prohibition("FOREIGN_TRAVEL", today().plusYears(2)))));
            case "order:renew" -> Api.post(persona, order + "/renewal", body("renewedOn", today().toString(),
                    "prohibitions", list(body("prohibitionId", firstProhibition(id), "until", today().plusYears(3).toString()))));
            case "order:discharge" -> Api.post(persona, order + "/discharge", body("dischargedOn", today().toString(),
                    "reason", "Matrix discharge", "subjectConsent", true, "chiefOfficerConsent", true));
            case "order:submit" -> Api.post(persona, order + "/submission", body("subject",
                    body("name", Orders.fictionalName(), "dateOfBirth", "1981-03-03"), "court", "Matrix Magistrates' Court",
                    "prohibitions", list(prohibition("CONTACT", null))));
            case "order:serve" -> Api.post(persona, order + "/service", body("servedOn", today().toString()));
            case "order:notify" -> Api.post(persona, order + "/notifications", body("notifiedOn", today().toString()));
            case "order:record-breach" -> Api.post(persona, order + "/breaches",
                    body("occurredOn", today().toString(), "description", "Matrix breach"));
            case "order:read-breaches" -> Api.get(persona, order + "/breaches");
            case "opportunity:create" -> Api.post(persona, "/api/v1/order-opportunities",
                    body("referralId", UUID.randomUUID().toString(), "reason", "OTHER"));
            case "opportunity:read" -> Api.get(persona, "/api/v1/order-opportunities/" + id);
            case "opportunity:assess" -> Api.post(persona, "/api/v1/order-opportunities/" + id + "/assessment",
                    body("decision", "DECLINE", "rationale", "Matrix decline"));
            case "audit:read" -> Api.as(persona).queryParam("resourceId", id).get("/api/v1/audit/orders");
            case "audit:verify" -> Api.get(persona, "/api/v1/audit/orders/verify");
            case "events:read" -> Api.get(persona, "/api/v1/events/orders/dead-letters");
            case "events:replay" -> Api.as(persona).post("/api/v1/events/orders/dead-letters/referral-no-further-action/replay");
            default -> throw new IllegalArgumentException("No call for " + resource + ":" + action);
        };
    }

    private static String firstProhibition(String orderId) {
        String id = Api.get(Persona.COORDINATOR, "/api/v1/orders/" + orderId).path("prohibitions[0].id");
        return id == null ? UUID.randomUUID().toString() : id;
    }
}
