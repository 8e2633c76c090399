package org.mscu.referral.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds fictional referral bodies; every value is made up. */
public final class ReferralBodies {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> person = new LinkedHashMap<>();
    private final Map<String, Object> location = new LinkedHashMap<>();
    private final List<Map<String, Object>> suspects = new ArrayList<>();

    private ReferralBodies() {
        body.put("source", "THIRD_SECTOR");
        body.put("receivedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).toString());
        person.put("givenName", "Testa");
        person.put("familyName", "Fictional");
        person.put("aliases", List.of());
        person.put("gender", "FEMALE");
        person.put("nationality", "RO");
        person.put("languages", List.of("ro"));
        body.put("potentialVictim", person);
        body.put("exploitationTypes", List.of("LABOUR"));
        location.put("district", "Manchester");
        location.put("address", "1 Imaginary Street");
        body.put("location", location);
        body.put("suspects", suspects);
        body.put("narrative", "Fictional narrative for tests.");
        body.put("consentToNrm", true);
        body.put("urgent", false);
    }

    /** An adult (estimated age 30) who consents to an NRM referral. */
    public static ReferralBodies adult() {
        ReferralBodies b = new ReferralBodies();
        b.person.put("dateOfBirth", "1995-05-05");
        return b;
    }

    /** A 16-year-old, by date of birth. */
    public static ReferralBodies child() {
        ReferralBodies b = new ReferralBodies();
        b.person.put("dateOfBirth", java.time.LocalDate.now().minusYears(16).toString());
        return b;
    }

    /** A fictional UK mobile number in the Ofcom drama range, unique enough per test. */
    public static String phone() {
        return "07700 9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    public ReferralBodies receivedAt(Instant at) {
        body.put("receivedAt", at.toString());
        return this;
    }

    public ReferralBodies receivedAgo(Duration ago) {
        return receivedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(ago));
    }

    public ReferralBodies consent(boolean consent) {
        body.put("consentToNrm", consent);
        return this;
    }

    public ReferralBodies source(String source) {
        body.put("source", source);
        return this;
    }

    public ReferralBodies exploitation(String... types) {
        body.put("exploitationTypes", List.of(types));
        return this;
    }

    public ReferralBodies person(String field, Object value) {
        if (value == null) {
            person.remove(field);
        } else {
            person.put(field, value);
        }
        return this;
    }

    public ReferralBodies postcode(String postcode) {
        location.put("postcode", postcode);
        return this;
    }

    public ReferralBodies suspect(String name, String phone, String vehicle) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("phone", phone);
        s.put("vehicleRegistration", vehicle);
        suspects.add(s);
        return this;
    }

    public ReferralBodies with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
