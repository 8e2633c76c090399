package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mscu.seed.SeedData.PlacementPlan;
import org.mscu.seed.SeedData.PropertyPlan;

/**
 * Places of safety registered by the housing providers' officers (found again by name in the occupancy
 * report, as accommodation-service does not list properties), and current placements of victims (found
 * again by {@code victimRef}, the victim's id in victim-service: no name travels to this service).
 */
final class AccommodationSeeder {

    static final String PROPERTIES = "properties";
    static final String BEDS = "beds";
    static final String PLACEMENTS = "placements";

    private final Api api;
    private final Times times;
    private final Tally tally;

    AccommodationSeeder(Api api, Times times, Tally tally) {
        this.api = api;
        this.times = times;
        this.tally = tally;
    }

    /** Property ids by name. */
    Map<String, String> properties(List<PropertyPlan> plans) {
        Map<String, String> existing = new HashMap<>();
        for (JsonNode district : api.get(Identity.COORDINATOR, "/api/v1/occupancy").path("districts")) {
            for (JsonNode property : district.path("properties")) {
                existing.putIfAbsent(property.path("name").asText(), property.path("propertyId").asText());
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (PropertyPlan plan : plans) {
            String name = plan.property().path("name").asText();
            String id = existing.get(name);
            boolean create = id == null;
            tally.count(PROPERTIES, create);
            plan.property().path("beds").forEach(bed -> tally.count(BEDS, create));
            if (create) {
                id = Api.require(api.create(Identity.of(plan.as()), "/api/v1/properties", plan.property(),
                        "property-" + name.replace(' ', '-')), "registering " + name)
                        .path("id").asText();
            }
            ids.put(name, id);
        }
        return ids;
    }

    /** Placements by referral key. */
    Map<String, JsonNode> placements(List<PlacementPlan> plans, Map<String, JsonNode> victims, Map<String, String> properties) {
        Map<String, JsonNode> placements = new LinkedHashMap<>();
        for (PlacementPlan plan : plans) {
            JsonNode victim = victims.get(plan.referral());
            if (victim == null) {
                throw new SeedException("placement of " + plan.referral() + ": the seed data has no victim for it");
            }
            String victimRef = victim.path("id").asText();
            JsonNode placement = null;
            for (JsonNode existing : api.get(Identity.COORDINATOR, "/api/v1/placements?victimRef=" + victimRef).path("items")) {
                if (!existing.path("status").asText().equals("CANCELLED")) {
                    placement = existing;
                }
            }
            tally.count(PLACEMENTS, placement == null);
            if (placement == null) {
                ObjectNode body = api.json().createObjectNode().put("victimRef", victimRef)
                        .put("propertyId", properties.get(plan.property()))
                        .put("from", times.today().plusDays(plan.startsInDays()).toString());
                placement = Api.require(api.create(Identity.of(plan.as()), "/api/v1/placements", body,
                        "placement-" + plan.referral()), "placing the victim of " + plan.referral() + " at " + plan.property());
            }
            placements.put(plan.referral(), placement);
        }
        return placements;
    }
}
