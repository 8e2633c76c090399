package org.mscu.e2e;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The orders-service endpoints in the access matrix. Orders are applied for by the unit's order
 * manager (agency gmp) or by the GLAA's system: relationship {@code own} for the applicant agency,
 * {@code granted} for everyone once the order is in force.
 */
final class OrderScenarios {

    private static final String ORDERS = "/api/v1/orders";
    private static final String OPPORTUNITIES = "/api/v1/order-opportunities";
    private static final Set<String> IN_FORCE = Set.of("GRANTED", "VARIED", "RENEWED");

    private OrderScenarios() {
    }

    static List<Scenario> all() {
        Service s = Service.ORDERS;
        return List.of(
                Scenario.of(s, "POST", ORDERS, () -> Subject.at(ORDERS).body(application("STPO"))),
                Scenario.of(s, "GET", ORDERS, () -> Subject.at(ORDERS).query("limit", 5)),
                Scenario.of(s, "POST", ORDERS + "/subject-search", "applied for by gmp", () -> search(applied(Persona.ORDER_MANAGER))),
                Scenario.of(s, "POST", ORDERS + "/subject-search", "granted to the GLAA", () -> search(granted(Persona.GLAA_SYSTEM, false))),
                onOrder("GET", "", "applied for by gmp", () -> applied(Persona.ORDER_MANAGER), order -> null),
                onOrder("GET", "", "granted to the GLAA", () -> granted(Persona.GLAA_SYSTEM, false), order -> null),
                onOrder("POST", "/submission", "draft of gmp", OrderScenarios::draft, order -> Map.of(
                        "subject", Map.of("name", order.fact("subjectName"), "dateOfBirth", "1980-05-17"),
                        "court", "Manchester and Salford Magistrates' Court",
                        "prohibitions", List.of(Map.of("category", "CONTACT", "description", "Fictional contact prohibition")))),
                onOrder("POST", "/decision", "applied for by gmp", () -> applied(Persona.ORDER_MANAGER),
                        order -> Map.of("outcome", "GRANTED", "madeOn", Fixtures.today().toString())),
                onOrder("POST", "/variations", "granted to gmp", () -> granted(Persona.ORDER_MANAGER, false), order -> Map.of(
                        "variedOn", Fixtures.today().toString(), "reason", "Fictional: travel plans changed",
                        "prohibitions", List.of(foreignTravel(2)))),
                onOrder("POST", "/renewal", "granted to gmp", () -> granted(Persona.ORDER_MANAGER, false), order -> Map.of(
                        "renewedOn", Fixtures.today().toString(),
                        "prohibitions", List.of(Map.of("prohibitionId", order.fact("prohibitionId"),
                                "until", Fixtures.today().plusYears(2).toString())))),
                onOrder("POST", "/discharge", "granted to gmp", () -> granted(Persona.ORDER_MANAGER, false),
                        order -> Map.of("dischargedOn", Fixtures.today().toString(), "reason", "Fictional: no longer necessary")),
                onOrder("POST", "/service", "granted to gmp, not served", () -> granted(Persona.ORDER_MANAGER, false),
                        order -> Map.of("servedOn", Fixtures.today().toString())),
                onOrder("POST", "/notifications", "granted to gmp, served", () -> granted(Persona.ORDER_MANAGER, true),
                        order -> Map.of("kind", "INITIAL", "notifiedOn", Fixtures.today().toString(), "details", "Fictional: at the station")),
                onOrder("POST", "/breaches", "granted to gmp", () -> granted(Persona.ORDER_MANAGER, false),
                        order -> Map.of("occurredOn", Fixtures.today().toString(), "description", "Fictional contact with a named person")),
                onOrder("GET", "/breaches", "applied for by gmp", () -> applied(Persona.ORDER_MANAGER), order -> null),
                onOrder("GET", "/breaches", "granted to the GLAA", () -> granted(Persona.GLAA_SYSTEM, false), order -> null),
                Scenario.of(s, "GET", ORDERS + "/{id}/breaches/{breachId}", "granted to the GLAA", () -> {
                    Fixture order = granted(Persona.GLAA_SYSTEM, false);
                    String breach = Fixtures.post(People.bearer(People.PROBATION_OFFICER), ORDERS + "/" + order.id() + "/breaches",
                            Map.of("occurredOn", Fixtures.today().toString(), "description", "Fictional breach"), 201).getString("id");
                    return Subject.at(ORDERS + "/" + order.id() + "/breaches/" + breach).on(order);
                }),
                Scenario.of(s, "POST", OPPORTUNITIES, () -> Subject.at(OPPORTUNITIES).body(opportunityBody(UUID.randomUUID()))),
                Scenario.of(s, "GET", OPPORTUNITIES, () -> {
                    Fixture opportunity = opportunity();
                    return Subject.at(OPPORTUNITIES).listing(opportunity).query("referralId", opportunity.fact("referralId"));
                }),
                Scenario.of(s, "GET", OPPORTUNITIES + "/{id}", () -> {
                    Fixture opportunity = opportunity();
                    return Subject.at(OPPORTUNITIES + "/" + opportunity.id()).on(opportunity);
                }),
                Scenario.of(s, "POST", OPPORTUNITIES + "/{id}/assessment", () -> {
                    Fixture opportunity = opportunity();
                    return Subject.at(OPPORTUNITIES + "/" + opportunity.id() + "/assessment").on(opportunity)
                            .body(Map.of("decision", "DECLINE", "rationale", "Fictional: not proportionate"));
                }));
    }

    private static Scenario onOrder(String method, String suffix, String variant, Supplier<Fixture> order,
                                    Function<Fixture, Object> body) {
        return Scenario.of(Service.ORDERS, method, ORDERS + "/{id}" + suffix, variant, () -> {
            Fixture fixture = order.get();
            Subject subject = Subject.at(ORDERS + "/" + fixture.id() + suffix).on(fixture).body(body.apply(fixture));
            return suffix.isEmpty() ? subject.returningRecord() : subject;
        });
    }

    private static Subject search(Fixture order) {
        return Subject.at(ORDERS + "/subject-search").listing(order).body(Map.of("name", order.fact("subjectName")));
    }

    /** An STPO applied for by {@code applicant}, with one foreign-travel prohibition for a year. */
    static Fixture applied(Persona applicant) {
        Map<String, Object> body = application("STPO");
        JsonPath created = Fixtures.post(Tokens.bearer(applicant), ORDERS, body, 201);
        return order(created, subjectName(body));
    }

    /** The same, granted today by its applicant; {@code served} also records its service today. */
    static Fixture granted(Persona applicant, boolean served) {
        return granted(applicant, application("STPO"), served);
    }

    /** An STPO of {@code applicant} whose only prohibition (foreign travel) ends on {@code until}, granted today. */
    static Fixture grantedUntil(Persona applicant, LocalDate until) {
        Map<String, Object> body = application("STPO");
        body.put("prohibitions", List.of(Map.of("category", "FOREIGN_TRAVEL",
                "description", "Fictional: no travel outside the UK", "until", until.toString())));
        return granted(applicant, body, false);
    }

    private static Fixture granted(Persona applicant, Map<String, Object> body, boolean served) {
        String id = Fixtures.post(Tokens.bearer(applicant), ORDERS, body, 201).getString("id");
        Map<String, Object> decision = new HashMap<>(Map.of("outcome", "GRANTED", "madeOn", Fixtures.today().toString()));
        if (served) {
            decision.put("servedOn", Fixtures.today().toString());
        }
        JsonPath decided = Fixtures.post(Tokens.bearer(applicant), ORDERS + "/" + id + "/decision", decision, 200);
        return order(decided, subjectName(body));
    }

    /** A draft Risk Order of gmp, opened by the vulnerability lead pursuing an opportunity. */
    static Fixture draft() {
        Fixture opportunity = opportunity();
        String id = Fixtures.post(People.bearer(People.VULNERABILITY_LEAD), OPPORTUNITIES + "/" + opportunity.id() + "/assessment",
                Map.of("decision", "PURSUE", "rationale", "Fictional: a risk order would protect others"), 200).getString("orderId");
        return order(Fixtures.call(People.bearer(People.VULNERABILITY_LEAD), "GET", ORDERS + "/" + id, null, 200),
                "Testperson " + Fixtures.unique());
    }

    /** An open Risk Order opportunity of the vulnerability lead (every rule on opportunities is for any record). */
    static Fixture opportunity() {
        UUID referral = UUID.randomUUID();
        String id = Fixtures.post(People.bearer(People.VULNERABILITY_LEAD), OPPORTUNITIES, opportunityBody(referral), 201).getString("id");
        return new Fixture(id, caller -> Set.of(), List.of(), Map.of("referralId", referral.toString()),
                Fixtures.stateOf(People.bearer(People.VULNERABILITY_LEAD), OPPORTUNITIES + "/" + id));
    }

    private static Fixture order(JsonPath order, String subjectName) {
        String id = order.getString("id");
        String applicant = order.getString("applicantAgency");
        boolean inForce = IN_FORCE.contains(order.getString("status"));
        Map<String, String> facts = new HashMap<>(Map.of("subjectName", subjectName, "applicantAgency", applicant));
        String prohibition = order.getString("prohibitions[0].id");
        if (prohibition != null) {
            facts.put("prohibitionId", prohibition);
        }
        return new Fixture(id, caller -> {
            Set<String> relationships = new LinkedHashSet<>();
            if (applicant.equals(caller.agency())) {
                relationships.add("own");
            }
            if (inForce) {
                relationships.add("granted");
            }
            return relationships;
        }, List.of(subjectName), facts, Fixtures.stateOf(Tokens.bearer(Persona.COORDINATOR), ORDERS + "/" + id));
    }

    static Map<String, Object> application(String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("route", "ON_APPLICATION");
        body.put("interim", false);
        body.put("subject", Map.of("name", "Testperson " + Fixtures.unique(), "dateOfBirth", "1980-05-17"));
        body.put("court", "Manchester and Salford Magistrates' Court");
        body.put("prohibitions", List.of(foreignTravel(1)));
        body.put("linkedReferralIds", List.of(UUID.randomUUID().toString()));
        return body;
    }

    private static Map<String, Object> foreignTravel(int years) {
        return Map.of("category", "FOREIGN_TRAVEL", "description", "Fictional: no travel outside the UK",
                "until", Fixtures.today().plusYears(years).toString());
    }

    private static Map<String, Object> opportunityBody(UUID referral) {
        return Map.of("referralId", referral.toString(), "reason", "INVESTIGATION_NOT_PURSUED", "notes", "Fictional opportunity");
    }

    @SuppressWarnings("unchecked")
    private static String subjectName(Map<String, Object> application) {
        return ((Map<String, Object>) application.get("subject")).get("name").toString();
    }
}
