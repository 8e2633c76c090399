package org.mscu.e2e;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The referral-service endpoints in the access matrix. The record most of them act on is a charity's
 * referral shared at FULL with DWP and at SUMMARY with the city council, so one record shows every
 * relationship of the policy: own (stop-the-traffik), shared-full (dwp), shared-summary
 * (manchester-city-council), and none (every other agency).
 */
final class ReferralScenarios {

    private static final String REFERRALS = "/api/v1/referrals";
    private static final String CREATOR = "stop-the-traffik";
    private static final String FULL_SHARE = "dwp";
    private static final String SUMMARY_SHARE = "manchester-city-council";
    private static final Supplier<Object> NO_BODY = () -> null;

    private ReferralScenarios() {
    }

    static List<Scenario> all() {
        Service s = Service.REFERRALS;
        return List.of(
                Scenario.of(s, "POST", REFERRALS, () -> Subject.at(REFERRALS).body(body(Fixtures.uniquePastInstant(), Fixtures.unique()))),
                Scenario.of(s, "GET", REFERRALS, () -> {
                    Fixture referral = sharedByACharity();
                    Instant receivedAt = Instant.parse(referral.fact("receivedAt"));
                    return Subject.at(REFERRALS).listing(referral)
                            .query("receivedFrom", receivedAt.toString())
                            .query("receivedTo", receivedAt.plusSeconds(1).toString());
                }),
                onReferral("GET", "", NO_BODY, true),
                Scenario.of(s, "GET", REFERRALS + "/{id}", "accepted at triage", () -> {
                    Fixture referral = accepted(sharedByACharity());
                    return Subject.at(REFERRALS + "/" + referral.id()).on(referral).returningRecord();
                }),
                onReferral("POST", "/triage", () -> Map.of("decision", "ACCEPT", "notes", "Fictional: indicators of exploitation"), true),
                onReferral("POST", "/crime-record", () -> Map.of("crimeReference", "CRI/MATRIX/" + Fixtures.unique()), true),
                onReferral("POST", "/no-crime-decision", () -> Map.of("reason", "Fictional: no notifiable offence disclosed"), true),
                onReferral("POST", "/nrm", () -> Map.of("action", "SUBMIT"), true),
                onReferral("POST", "/shares", () -> Map.of("agency", "glaa", "level", "SUMMARY",
                        "purpose", "Fictional joint visit", "legalBasis", "Crime and Disorder Act 1998 s.115"), false),
                onReferral("GET", "/shares", NO_BODY, false),
                Scenario.of(s, "DELETE", REFERRALS + "/{id}/shares/{agency}", () -> {
                    Fixture referral = sharedByACharity();
                    return Subject.at(REFERRALS + "/" + referral.id() + "/shares/" + FULL_SHARE).on(referral);
                }),
                onReferral("GET", "/history", NO_BODY, false),
                onReferral("GET", "/links", NO_BODY, false),
                Scenario.of(s, "GET", "/api/v1/networks", () -> Subject.at("/api/v1/networks")),
                Scenario.of(s, "GET", "/api/v1/notifications", () -> Subject.at("/api/v1/notifications").query("limit", 5)),
                Scenario.of(s, "GET", "/api/v1/compliance/crime-recording", () -> Subject.at("/api/v1/compliance/crime-recording")
                        .query("from", Instant.now().minusSeconds(86400).toString()).query("to", Instant.now().toString())));
    }

    /** A charity's referral shared FULL with DWP and SUMMARY with the city council. */
    static Fixture sharedByACharity() {
        Instant receivedAt = Fixtures.uniquePastInstant();
        String marker = Fixtures.unique();
        String id = Fixtures.post(Tokens.bearer(Persona.CHARITY_HOTLINE), REFERRALS, body(receivedAt, marker), 201).getString("id");
        share(id, FULL_SHARE, "FULL");
        share(id, SUMMARY_SHARE, "SUMMARY");
        return new Fixture(id, caller -> {
            Set<String> relationships = new LinkedHashSet<>();
            if (CREATOR.equals(caller.agency())) {
                relationships.add("own");
            }
            if (FULL_SHARE.equals(caller.agency())) {
                relationships.add("shared-full");
            }
            if (SUMMARY_SHARE.equals(caller.agency())) {
                relationships.add("shared-summary");
            }
            return relationships;
        }, List.of("Fictional-" + marker, marker + " Example Street", "Narrative " + marker),
                Map.of("receivedAt", receivedAt.toString()),
                Fixtures.stateOf(Tokens.bearer(Persona.COORDINATOR), REFERRALS + "/" + id));
    }

    /**
     * The referral accepted at triage by the coordinator: where the policy knows the relationship
     * {@code accepted} (status ACCEPTED, whoever asks), it then holds for every caller.
     */
    static Fixture accepted(Fixture referral) {
        Fixtures.post(Tokens.bearer(Persona.COORDINATOR), REFERRALS + "/" + referral.id() + "/triage", Map.of("decision", "ACCEPT"), 200);
        boolean known = Policies.of(Service.REFERRALS).document().relationships().contains("accepted");
        return new Fixture(referral.id(), caller -> {
            Set<String> relationships = new LinkedHashSet<>(referral.relationships().apply(caller));
            if (known) {
                relationships.add("accepted");
            }
            return relationships;
        }, referral.secrets(), referral.facts(), referral.state());
    }

    /**
     * A referral body with every field a field set may hide filled in, and unique values (from
     * {@code marker}) that must never reach a caller refused the record.
     */
    static Map<String, Object> body(Instant receivedAt, String marker) {
        Map<String, Object> body = new HashMap<>(Referrals.adultLabourExploitation());
        body.put("receivedAt", receivedAt.toString());
        body.put("potentialVictim", Map.of(
                "givenName", "Testa", "familyName", "Fictional-" + marker, "aliases", List.of("Tess"),
                "dateOfBirth", "1990-04-02", "gender", "FEMALE", "nationality", "RO",
                "languages", List.of("ro"), "contactPhone", fictionalPhone()));
        body.put("location", Map.of("district", "Manchester", "postcode", "M1 1AA", "address", marker + " Example Street"));
        body.put("suspects", List.of(Map.of("name", "Fictional Suspect", "phone", fictionalPhone(), "vehicleRegistration", "FI12 TST")));
        body.put("narrative", "Narrative " + marker + "; fictional.");
        return body;
    }

    /** A number of Ofcom's range for drama (07700 900000-900999), varied so fixtures rarely link to each other. */
    static String fictionalPhone() {
        return "+447700900" + String.format("%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
    }

    private static void share(String id, String agency, String level) {
        Fixtures.post(Tokens.bearer(Persona.COORDINATOR), REFERRALS + "/" + id + "/shares",
                Map.of("agency", agency, "level", level, "purpose", "Fictional safeguarding",
                        "legalBasis", "Crime and Disorder Act 1998 s.115"), 201);
    }

    /** A call on a fresh shared referral; {@code returnsRecord} when the answer is the referral itself. */
    private static Scenario onReferral(String method, String suffix, Supplier<Object> body, boolean returnsRecord) {
        return Scenario.of(Service.REFERRALS, method, REFERRALS + "/{id}" + suffix, () -> {
            Fixture referral = sharedByACharity();
            Subject subject = Subject.at(REFERRALS + "/" + referral.id() + suffix).on(referral).body(body.get());
            return returnsRecord ? subject.returningRecord() : subject;
        });
    }
}
