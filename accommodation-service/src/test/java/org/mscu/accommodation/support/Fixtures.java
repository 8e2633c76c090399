package org.mscu.accommodation.support;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.testing.Persona;

/** Fictional properties and placements, created through the API as the users would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A property being built; {@link #create()} registers it as the housing officer. */
    public static PropertyBuilder property() {
        return new PropertyBuilder();
    }

    /** A district name no other test uses, so counts and searches see only this test's beds. */
    public static String uniqueDistrict() {
        return "District-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static final class PropertyBuilder {
        private String name = "Harbour House";
        private String district = uniqueDistrict();
        private String address = "1 Example Row, Testtown TT1 1AA";
        private String type = "SAFE_HOUSE";
        private List<String> features = new ArrayList<>();
        private final List<Map<String, Object>> beds = new ArrayList<>();

        public PropertyBuilder name(String name) {
            this.name = name;
            return this;
        }

        public PropertyBuilder district(String district) {
            this.district = district;
            return this;
        }

        public PropertyBuilder address(String address) {
            this.address = address;
            return this;
        }

        public PropertyBuilder features(String... features) {
            this.features = List.of(features);
            return this;
        }

        public PropertyBuilder bed(String label, String... features) {
            Map<String, Object> bed = new LinkedHashMap<>();
            bed.put("label", label);
            bed.put("features", List.of(features));
            beds.add(bed);
            return this;
        }

        public PropertyBuilder beds(int count) {
            for (int i = 1; i <= count; i++) {
                bed("Bed " + i);
            }
            return this;
        }

        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("provider", "Safe Haven Housing");
            body.put("district", district);
            body.put("address", address);
            body.put("type", type);
            body.put("features", features);
            body.put("beds", beds.isEmpty() ? List.of(Map.of("label", "Bed 1", "features", List.of())) : beds);
            return body;
        }

        public CreatedProperty create() {
            JsonPath json = Api.as(Persona.SAFEHAVEN_OFFICER).body(body()).post("/api/v1/properties")
                    .then().statusCode(201).extract().jsonPath();
            return new CreatedProperty(UUID.fromString(json.getString("id")), district,
                    json.getList("beds.id", String.class).stream().map(UUID::fromString).toList());
        }
    }

    public record CreatedProperty(UUID id, String district, List<UUID> beds) {
        public UUID bed() {
            return beds.get(0);
        }
    }

    /** A placement request body for one bed. */
    public static Map<String, Object> placementIn(UUID bedId, LocalDate from, LocalDate plannedTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("victimRef", "VIC-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("bedId", bedId);
        body.put("from", from.toString());
        if (plannedTo != null) {
            body.put("plannedTo", plannedTo.toString());
        }
        return body;
    }

    /** A placement request body that lets the service choose a bed of the property. */
    public static Map<String, Object> placementAt(UUID propertyId, LocalDate from, LocalDate plannedTo) {
        Map<String, Object> body = placementIn(null, from, plannedTo);
        body.remove("bedId");
        body.put("propertyId", propertyId);
        return body;
    }

    /** Places someone as the given persona and returns the placement's JSON. */
    public static JsonPath place(Persona persona, Map<String, Object> body) {
        return Api.as(persona).body(body).post("/api/v1/placements").then().statusCode(201).extract().jsonPath();
    }
}
