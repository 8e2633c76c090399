package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo world, as data: {@code src/main/resources/seed/*.json}. Request bodies are kept as JSON, exactly
 * as the API takes them; the plan around them says who sends them and which steps follow.
 */
public record SeedData(List<ReferralPlan> referrals, List<JsonNode> liaisonOfficers, List<JsonNode> tacticalAdvisors,
                       List<OrderPlan> orders, List<PropertyPlan> properties, List<PlacementPlan> placements) {

    /** A referral: who submits it, when it was received, and what the unit did with it since. */
    public record ReferralPlan(String key, String as, long receivedHoursAgo, ObjectNode referral, JsonNode triage,
                               JsonNode crimeRecord, JsonNode noCrime, List<JsonNode> nrm, List<JsonNode> shares,
                               JsonNode victim, JsonNode opportunity) {

        public ReferralPlan {
            nrm = nrm == null ? List.of() : nrm;
            shares = shares == null ? List.of() : shares;
        }

        public JsonNode person() {
            return referral.path("potentialVictim");
        }

        public boolean accepted() {
            return triage != null && "ACCEPT".equals(triage.path("decision").asText());
        }
    }

    /** An order, how far it has gone, and who did each step. */
    public record OrderPlan(String key, String as, String stage, ObjectNode order, List<String> linkedReferrals,
                            JsonNode decision, JsonNode notification, JsonNode variation, JsonNode breach) {

        public OrderPlan {
            linkedReferrals = linkedReferrals == null ? List.of() : linkedReferrals;
        }
    }

    public record PropertyPlan(String as, ObjectNode property) {
    }

    /** A victim (by the referral it came from) placed at a property, starting today or later. */
    public record PlacementPlan(String referral, String as, String property, int startsInDays) {
    }

    public static SeedData load(ObjectMapper json) {
        JsonNode referrals = read(json, "referrals.json");
        JsonNode people = read(json, "people.json");
        JsonNode orders = read(json, "orders.json");
        JsonNode accommodation = read(json, "accommodation.json");
        try {
            return new SeedData(
                    List.of(json.treeToValue(referrals.path("referrals"), ReferralPlan[].class)),
                    list(people.path("liaisonOfficers")),
                    list(people.path("tacticalAdvisors")),
                    List.of(json.treeToValue(orders.path("orders"), OrderPlan[].class)),
                    List.of(json.treeToValue(accommodation.path("properties"), PropertyPlan[].class)),
                    List.of(json.treeToValue(accommodation.path("placements"), PlacementPlan[].class)));
        } catch (IOException e) {
            throw new UncheckedIOException("the seed data does not match its plan records", e);
        }
    }

    public ReferralPlan referral(String key) {
        return referrals.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no referral " + key + " in the seed data"));
    }

    private static List<JsonNode> list(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode read(ObjectMapper json, String name) {
        try (InputStream in = SeedData.class.getResourceAsStream("/seed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed/" + name + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
