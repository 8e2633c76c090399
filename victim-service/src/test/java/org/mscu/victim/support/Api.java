package org.mscu.victim.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** Small fixtures for the victim-service tests: tokens, request bodies and records made through the API. */
public final class Api {

    public static final String AUDIENCE = "victim-service";

    private Api() {
    }

    public static String bearer(Persona persona) {
        return TestTokens.as(persona).audience(AUDIENCE).bearer();
    }

    public static RequestSpecification as(Persona persona) {
        return given().header("Authorization", bearer(persona)).contentType(ContentType.JSON);
    }

    /** A fictional victim body; tweak with {@link VictimBody} methods. */
    public static VictimBody victim() {
        return new VictimBody();
    }

    public static final class VictimBody {
        private final Map<String, Object> body = new LinkedHashMap<>();
        private final Map<String, Object> needs = new LinkedHashMap<>();

        VictimBody() {
            body.put("referralId", UUID.randomUUID().toString());
            body.put("referralReference", "MSR-2026-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
            body.put("givenName", "Testa");
            body.put("familyName", "Fictional");
            body.put("dateOfBirth", "1990-05-17");
            body.put("gender", "FEMALE");
            body.put("languages", List.of("ro"));
            body.put("district", "Manchester");
            needs.put("officerGenderPreference", "NO_PREFERENCE");
            needs.put("specialisms", List.of("LABOUR"));
            body.put("needs", needs);
        }

        public VictimBody with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public VictimBody without(String field) {
            body.remove(field);
            return this;
        }

        public VictimBody need(String field, Object value) {
            needs.put(field, value);
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        /** Records it as the coordinator; returns its id. */
        public String create() {
            return as(Persona.COORDINATOR).body(body).post("/api/v1/victims").then().statusCode(201).extract().path("id");
        }
    }

    /** A fictional roster entry; tweak with {@link OfficerBody} methods. */
    public static OfficerBody officer() {
        return new OfficerBody();
    }

    public static final class OfficerBody {
        private final Map<String, Object> body = new LinkedHashMap<>();

        OfficerBody() {
            body.put("username", "officer." + UUID.randomUUID());
            body.put("name", "Officer " + randomWord());
            body.put("agency", "gmp");
            body.put("collarNumber", "GMP" + ThreadLocalRandom.current().nextInt(1000, 9999));
            body.put("gender", "FEMALE");
            body.put("languages", List.of("en"));
            body.put("districts", List.of("Salford"));
            body.put("specialisms", List.of("SEXUAL"));
            body.put("maxCaseload", 5);
            body.put("active", true);
        }

        public OfficerBody with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        /** The body of a change: everything but the username, which never changes. */
        public Map<String, Object> changeBody() {
            Map<String, Object> change = new LinkedHashMap<>(body);
            change.remove("username");
            return change;
        }

        public String create() {
            return as(Persona.COORDINATOR).body(body).post("/api/v1/liaison-officers").then().statusCode(201).extract().path("id");
        }
    }

    /**
     * The roster entry of a seeded liaison-officer persona (vlo.one, vlo.two), created once per test
     * run with room for every test's assignments.
     */
    public static synchronized String officerOf(Persona persona) {
        return OFFICERS.computeIfAbsent(persona, p -> officer().with("username", p.username()).with("maxCaseload", 100).create());
    }

    private static final Map<Persona, String> OFFICERS = new java.util.EnumMap<>(Persona.class);

    /** Assigns the officer to the victim as the coordinator. */
    public static void assign(String victimId, String officerId) {
        as(Persona.COORDINATOR).body(Map.of("officerId", officerId, "reason", "test assignment"))
                .post("/api/v1/victims/" + victimId + "/liaison").then().statusCode(201);
    }

    /** A victim currently assigned to the persona's roster entry. */
    public static String victimAssignedTo(Persona persona) {
        String victimId = victim().create();
        assign(victimId, officerOf(persona));
        return victimId;
    }

    /** A random lower-case word, to keep each test's data apart from the others'. */
    public static String randomWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** A language code no other test uses (q + two letters). */
    public static String rareLanguage() {
        return "q" + randomWord().substring(0, 2);
    }

    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The start of a stretch of rota time no other test uses (the schema is fresh each run): each call
     * gives midnight UTC of a new week in 2031.
     */
    public static java.time.Instant freshRotaWeek() {
        return java.time.Instant.parse("2031-01-01T00:00:00Z").plus(java.time.Duration.ofDays(7L * DAYS.getAndIncrement()));
    }

    /** Adds a tactical advisor as the coordinator; returns its id. */
    public static String advisor() {
        return as(Persona.COORDINATOR)
                .body(Map.of("username", "ta." + randomWord(), "name", "Advisor " + randomWord(), "phone", "+447700900001"))
                .post("/api/v1/tactical-advisors").then().statusCode(201).extract().path("id");
    }

    /** Adds a shift as the coordinator. */
    public static void shift(String advisorId, java.time.Instant start, java.time.Instant end) {
        as(Persona.COORDINATOR).body(Map.of("advisorId", advisorId, "start", start.toString(), "end", end.toString()))
                .post("/api/v1/tactical-advisors/shifts").then().statusCode(201);
    }
}
