package org.mscu.e2e;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The victim-service endpoints in the access matrix. Victims are recorded by the coordinator and
 * assigned to {@code vlo.one} (relationship {@code assigned}); {@code vlo.two} is the liaison officer
 * they are not assigned to. Roster reads act on {@code vlo.one}'s entry (relationship {@code own-entry}).
 * Every victim assigned to {@code vlo.one} is handed to an officer of the run when the matrix ends
 * ({@link #releaseAssignments()}), so repeated runs do not fill {@code vlo.one}'s caseload.
 */
final class VictimScenarios {

    private static final String VICTIMS = "/api/v1/victims";
    private static final String ROSTER = "/api/v1/liaison-officers";
    private static final String ROTA = "/api/v1/tactical-advisors";
    private static final String ASSIGNED_OFFICER = People.VLO_ONE;
    private static final List<String> ASSIGNED_VICTIMS = new ArrayList<>();
    private static String runOfficer;
    private static String runAdvisor;

    private VictimScenarios() {
    }

    static List<Scenario> all() {
        Service s = Service.VICTIMS;
        return List.of(
                Scenario.of(s, "POST", VICTIMS, () -> Subject.at(VICTIMS).body(victimBody(Fixtures.unique(), UUID.randomUUID()))),
                Scenario.of(s, "GET", VICTIMS, () -> {
                    Fixture victim = assignedVictim();
                    return Subject.at(VICTIMS).listing(victim).query("referralId", victim.fact("referralId"));
                }),
                onVictim("GET", "", true),
                Scenario.of(s, "GET", VICTIMS + "/{id}/liaison-candidates", () -> {
                    Fixture victim = unassignedVictim();
                    return Subject.at(VICTIMS + "/" + victim.id() + "/liaison-candidates").on(victim);
                }),
                Scenario.of(s, "POST", VICTIMS + "/{id}/liaison", () -> {
                    Fixture victim = unassignedVictim();
                    return Subject.at(VICTIMS + "/" + victim.id() + "/liaison").on(victim)
                            .body(Map.of("officerId", runOfficer(), "reason", "Fictional: matrix assignment"));
                }),
                onVictim("GET", "/liaison", false),
                onVictim("GET", "/liaison/history", false),
                onVictim("GET", "/section45", false),
                onVictim("GET", "/timeline", false),
                Scenario.of(s, "GET", VICTIMS + "/{id}/liaison-proposal", () -> {
                    Fixture victim = recordedFromAnAcceptedReferral();
                    return Subject.at(VICTIMS + "/" + victim.id() + "/liaison-proposal").on(victim);
                }),
                Scenario.of(s, "POST", VICTIMS + "/{id}/liaison-proposal/confirm", () -> {
                    Fixture victim = recordedFromAnAcceptedReferral();
                    return Subject.at(VICTIMS + "/" + victim.id() + "/liaison-proposal/confirm").on(victim);
                }),
                Scenario.of(s, "PUT", VICTIMS + "/{id}/section45", () -> {
                    Fixture victim = assignedVictim();
                    return Subject.at(VICTIMS + "/" + victim.id() + "/section45").on(victim).body(Map.of(
                            "suspectedOffences", List.of("cultivation of cannabis"),
                            "compulsionDetails", "Fictional: threats against family",
                            "excludedOffence", false, "status", "APPLICABLE"));
                }),
                Scenario.of(s, "POST", ROSTER, () -> Subject.at(ROSTER).body(officerBody("e2e.matrix." + Fixtures.unique()))),
                Scenario.of(s, "GET", ROSTER, () -> {
                    Fixture entry = assignedOfficerEntry();
                    return Subject.at(ROSTER).listing(entry).query("username", ASSIGNED_OFFICER);
                }),
                Scenario.of(s, "GET", ROSTER + "/{id}", () -> {
                    Fixture entry = assignedOfficerEntry();
                    return Subject.at(ROSTER + "/" + entry.id()).on(entry).returningRecord();
                }),
                Scenario.of(s, "PUT", ROSTER + "/{id}", () -> {
                    String username = "e2e.matrix." + Fixtures.unique();
                    String id = Fixtures.post(Tokens.bearer(Persona.COORDINATOR), ROSTER, officerBody(username), 201).getString("id");
                    Map<String, Object> update = officerBody(username);
                    update.remove("username");
                    update.put("maxCaseload", 7);
                    return Subject.at(ROSTER + "/" + id).on(rosterEntry(id, username)).body(update);
                }),
                Scenario.of(s, "POST", ROTA, () -> Subject.at(ROTA).body(advisorBody())),
                Scenario.of(s, "POST", ROTA + "/shifts", () -> Subject.at(ROTA + "/shifts").body(shiftBody(runAdvisor()))),
                Scenario.of(s, "GET", ROTA + "/{id}", () -> Subject.at(ROTA + "/" + runAdvisor())),
                Scenario.of(s, "GET", ROTA + "/shifts/{id}", () -> {
                    String shift = Fixtures.post(Tokens.bearer(Persona.COORDINATOR), ROTA + "/shifts", shiftBody(runAdvisor()), 201).getString("id");
                    return Subject.at(ROTA + "/shifts/" + shift);
                }),
                Scenario.of(s, "GET", ROTA + "/on-call", () -> Subject.at(ROTA + "/on-call").query("at", Instant.now().toString())),
                Scenario.of(s, "GET", ROTA + "/coverage", () -> Subject.at(ROTA + "/coverage")
                        .query("from", Instant.now().truncatedTo(ChronoUnit.HOURS).toString())
                        .query("to", Instant.now().truncatedTo(ChronoUnit.HOURS).plus(6, ChronoUnit.HOURS).toString())));
    }

    /** Hands every victim this run assigned to {@code vlo.one} to the run's own officer. */
    static synchronized void releaseAssignments() {
        for (String victim : ASSIGNED_VICTIMS) {
            Fixtures.post(Tokens.bearer(Persona.COORDINATOR), VICTIMS + "/" + victim + "/liaison",
                    Map.of("officerId", runOfficer(), "reason", "Fictional: the access matrix run ended"), 201);
        }
        ASSIGNED_VICTIMS.clear();
    }

    private static Scenario onVictim(String method, String suffix, boolean returnsRecord) {
        return Scenario.of(Service.VICTIMS, method, VICTIMS + "/{id}" + suffix, () -> {
            Fixture victim = assignedVictim();
            Subject subject = Subject.at(VICTIMS + "/" + victim.id() + suffix).on(victim);
            return returnsRecord ? subject.returningRecord() : subject;
        });
    }

    /** A victim whose liaison officer is {@code vlo.one}. */
    static synchronized Fixture assignedVictim() {
        String officer = Roster.ensureTakesAssignments(ASSIGNED_OFFICER);
        Fixture victim = unassignedVictim();
        Fixtures.post(Tokens.bearer(Persona.COORDINATOR), VICTIMS + "/" + victim.id() + "/liaison",
                Map.of("officerId", officer, "reason", "Fictional: matrix fixture"), 201);
        ASSIGNED_VICTIMS.add(victim.id());
        return new Fixture(victim.id(), caller -> Fixtures.when(ASSIGNED_OFFICER.equals(caller.username()), "assigned"),
                victim.secrets(), victim.facts(), victim.state());
    }

    /**
     * A victim victim-service recorded itself from a referral the coordinator accepted (the
     * {@code referral.accepted} event): the victims a liaison officer is proposed for.
     */
    static Fixture recordedFromAnAcceptedReferral() {
        Fixture referral = ReferralScenarios.accepted(ReferralScenarios.sharedByACharity());
        String coordinator = Tokens.bearer(Persona.COORDINATOR);
        String[] victim = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> {
                    List<String> ids = Fixtures.call(coordinator, "GET", VICTIMS + "?referralId=" + referral.id(), null, 200).getList("items.id");
                    victim[0] = ids.isEmpty() ? null : ids.get(0);
                    return victim[0] != null;
                });
        return new Fixture(victim[0], caller -> java.util.Set.of(), List.of(), Map.of("referralId", referral.id()),
                Fixtures.stateOf(coordinator, VICTIMS + "/" + victim[0]));
    }

    /** A victim no liaison officer is assigned to. */
    static Fixture unassignedVictim() {
        String marker = Fixtures.unique();
        UUID referral = UUID.randomUUID();
        String id = Fixtures.post(Tokens.bearer(Persona.COORDINATOR), VICTIMS, victimBody(marker, referral), 201).getString("id");
        return new Fixture(id, caller -> java.util.Set.of(), List.of("Fictional-" + marker),
                Map.of("referralId", referral.toString()), Fixtures.stateOf(Tokens.bearer(Persona.COORDINATOR), VICTIMS + "/" + id));
    }

    private static Fixture assignedOfficerEntry() {
        return rosterEntry(Roster.ensureTakesAssignments(ASSIGNED_OFFICER), ASSIGNED_OFFICER);
    }

    private static Fixture rosterEntry(String id, String username) {
        return new Fixture(id, caller -> Fixtures.when(username.equals(caller.username()), "own-entry"), List.of(),
                Map.of("username", username), Fixtures.stateOf(Tokens.bearer(Persona.COORDINATOR), ROSTER + "/" + id));
    }

    private static Map<String, Object> victimBody(String marker, UUID referral) {
        Map<String, Object> body = new HashMap<>();
        body.put("referralId", referral.toString());
        body.put("givenName", "Testa");
        body.put("familyName", "Fictional-" + marker);
        body.put("dateOfBirth", "1990-04-02");
        body.put("gender", "FEMALE");
        body.put("languages", List.of("ro"));
        body.put("district", "Manchester");
        body.put("needs", Map.of("officerGenderPreference", "FEMALE", "specialisms", List.of("LABOUR")));
        return body;
    }

    static Map<String, Object> officerBody(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("name", "Officer " + username);
        body.put("agency", "gmp");
        body.put("gender", "FEMALE");
        body.put("languages", List.of("en", "ro"));
        body.put("districts", List.of("Manchester"));
        body.put("specialisms", List.of("LABOUR"));
        body.put("maxCaseload", 100);
        body.put("active", true);
        return body;
    }

    private static synchronized String runOfficer() {
        if (runOfficer == null) {
            runOfficer = Fixtures.post(Tokens.bearer(Persona.COORDINATOR), ROSTER, officerBody("e2e.matrix.run." + Fixtures.unique()), 201)
                    .getString("id");
        }
        return runOfficer;
    }

    private static synchronized String runAdvisor() {
        if (runAdvisor == null) {
            runAdvisor = Fixtures.post(Tokens.bearer(Persona.COORDINATOR), ROTA, advisorBody(), 201).getString("id");
        }
        return runAdvisor;
    }

    private static Map<String, Object> advisorBody() {
        String suffix = Fixtures.unique();
        return Map.of("username", "e2e.advisor." + suffix, "name", "Advisor " + suffix, "phone", ReferralScenarios.fictionalPhone());
    }

    /** A two-hour shift at a random hour far in the future, which no other run's shift is likely to touch. */
    private static Map<String, Object> shiftBody(String advisor) {
        Instant start = Instant.parse("2045-01-01T00:00:00Z").plus(ThreadLocalRandom.current().nextInt(0, 3650 * 24), ChronoUnit.HOURS);
        return Map.of("advisorId", advisor, "start", start.toString(), "end", start.plus(2, ChronoUnit.HOURS).toString());
    }

    /** The liaison-officer roster as fixtures need it. */
    static final class Roster {

        private Roster() {
        }

        /**
         * The roster id of the officer with this realm username, on the roster, active and with room for
         * another victim: put on it, or made so, as the coordinator.
         */
        static String ensureTakesAssignments(String username) {
            String coordinator = Tokens.bearer(Persona.COORDINATOR);
            JsonPath found = Fixtures.call(coordinator, "GET", ROSTER + "?username=" + username, null, 200);
            if (found.getList("items").isEmpty()) {
                return Fixtures.post(coordinator, ROSTER, officerBody(username), 201).getString("id");
            }
            String id = found.getString("items[0].id");
            if (!found.getBoolean("items[0].active") || found.getInt("items[0].caseload") >= found.getInt("items[0].maxCaseload")) {
                Map<String, Object> update = officerBody(username);
                update.remove("username");
                Fixtures.call(coordinator, "PUT", ROSTER + "/" + id, update, 200);
            }
            return id;
        }
    }
}
