package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which persona sees what of the seed world, asked through the API as that persona (each seed record read
 * by id), so the summary shows the access policies at work rather than what they are meant to do. Only
 * seed records are asked about, however much else the platform holds.
 */
final class Views {

    /** What the run put in place, by seed key. */
    record World(Map<String, JsonNode> referrals, Map<String, JsonNode> victims, Map<String, JsonNode> orders,
                 Map<String, JsonNode> opportunities, Map<String, String> properties, Map<String, JsonNode> placements) {
    }

    private final Api api;
    private final Times times;

    Views(Api api, Times times) {
        this.api = api;
        this.times = times;
    }

    /** One line per persona: who, their agency, and what they see. */
    List<String> describe(World world) {
        Map<Identity, List<String>> sees = new LinkedHashMap<>();
        add(sees, Identity.COORDINATOR, world.referrals().size() + " referrals, " + world.victims().size() + " victims, "
                + world.orders().size() + " orders, " + world.opportunities().size() + " Risk Order opportunities, "
                + world.properties().size() + " properties with addresses, " + world.placements().size() + " placements");
        add(sees, Identity.REGISTRAR, registrar(world.referrals().values()));
        for (Identity partner : List.of(Identity.LA_CASE_SYSTEM, Identity.CHARITY_HOTLINE, Identity.GLAA_SYSTEM,
                Identity.IMMIGRATION_SYSTEM, Identity.DWP_SYSTEM)) {
            add(sees, partner, partnerReferrals(partner, world.referrals().values()));
        }
        add(sees, Identity.TACTICAL_ADVISOR, rota());
        for (Identity officer : List.of(Identity.VLO_ONE, Identity.VLO_TWO)) {
            add(sees, officer, readable(officer, "/api/v1/victims/", world.victims().values()) + " of "
                    + world.victims().size() + " victims (those assigned to them), placements they requested: "
                    + readable(officer, "/api/v1/placements/", world.placements().values()));
        }
        long open = world.opportunities().values().stream().filter(o -> o.path("status").asText().equals("OPEN")).count();
        add(sees, Identity.VULNERABILITY_LEAD, readable(Identity.VULNERABILITY_LEAD, "/api/v1/order-opportunities/",
                world.opportunities().values()) + " Risk Order opportunities, " + open + " still to assess");
        for (Identity manager : List.of(Identity.ORDER_MANAGER, Identity.GLAA_SYSTEM, Identity.IMMIGRATION_SYSTEM,
                Identity.PROBATION_OFFICER)) {
            add(sees, manager, readable(manager, "/api/v1/orders/", world.orders().values()) + " of "
                    + world.orders().size() + " orders (own agency's, and others' once granted)");
        }
        for (Identity housing : List.of(Identity.HOUSING_OFFICER, Identity.SAFE_HAVEN_OFFICER)) {
            add(sees, housing, occupancy(housing, world.properties()));
        }
        add(sees, Identity.IMMIGRATION_OFFICER, "accommodation: HTTP " + api.read(Identity.IMMIGRATION_OFFICER,
                "/api/v1/occupancy").status() + " (never learns where anyone is placed)");
        String anyReferral = world.referrals().values().iterator().next().path("id").asText();
        add(sees, Identity.AUDITOR, "a referral: HTTP " + api.read(Identity.AUDITOR, "/api/v1/referrals/" + anyReferral).status()
                + ", its history: HTTP " + api.read(Identity.AUDITOR, "/api/v1/referrals/" + anyReferral + "/history").status());
        List<String> lines = new ArrayList<>();
        sees.forEach((who, what) -> lines.add(String.format("%-20s %-24s %s", who.id(), who.agency(), String.join("; ", what))));
        return lines;
    }

    private static void add(Map<Identity, List<String>> sees, Identity who, String what) {
        sees.computeIfAbsent(who, w -> new ArrayList<>()).add(what);
    }

    private String registrar(Collection<JsonNode> referrals) {
        int readable = 0;
        int withNarrative = 0;
        Map<String, Integer> crime = new TreeMap<>();
        for (JsonNode referral : referrals) {
            Api.Reply reply = api.read(Identity.REGISTRAR, "/api/v1/referrals/" + referral.path("id").asText());
            if (reply.ok()) {
                readable++;
                withNarrative += reply.body().has("narrative") ? 1 : 0;
                crime.merge(reply.body().path("crimeRecording").path("status").asText(), 1, Integer::sum);
            }
        }
        return readable + " referrals, " + withNarrative + " narratives; crime recording " + crime;
    }

    private String partnerReferrals(Identity partner, Collection<JsonNode> referrals) {
        int own = 0;
        int full = 0;
        int summary = 0;
        for (JsonNode referral : referrals) {
            Api.Reply reply = api.read(partner, "/api/v1/referrals/" + referral.path("id").asText());
            if (!reply.ok()) {
                continue;
            }
            if (reply.body().path("referringAgency").asText().equals(partner.agency())) {
                own++;
            } else if (reply.body().path("potentialVictim").has("givenName")) {
                full++;
            } else {
                summary++;
            }
        }
        return own + " own referrals, " + full + " shared in full, " + summary + " shared as a summary (without names, date of"
                + " birth, phone, address, suspects, narrative); the other " + (referrals.size() - own - full - summary) + ": 404";
    }

    private String rota() {
        List<RotaSeeder.PlannedShift> week = RotaSeeder.plan(times, 1);
        Instant from = week.getFirst().start();
        Instant to = week.getLast().start().plus(RotaSeeder.SHIFT);
        JsonNode onCall = api.get(Identity.TACTICAL_ADVISOR, "/api/v1/tactical-advisors/on-call");
        JsonNode coverage = api.get(Identity.TACTICAL_ADVISOR, "/api/v1/tactical-advisors/coverage?from="
                + Api.encode(from.toString()) + "&to=" + Api.encode(to.toString()));
        List<String> gaps = new ArrayList<>();
        coverage.path("gaps").forEach(gap -> gaps.add(gap.path("from").asText() + " to " + gap.path("to").asText()));
        List<String> names = new ArrayList<>();
        onCall.path("advisors").forEach(advisor -> names.add(advisor.path("name").asText()));
        return "on call now: " + (names.isEmpty() ? "nobody" : String.join(", ", names)) + "; rota gaps in the seeded week: "
                + (gaps.isEmpty() ? "none" : String.join(", ", gaps));
    }

    private String occupancy(Identity who, Map<String, String> properties) {
        int beds = 0;
        int occupied = 0;
        for (JsonNode district : api.get(who, "/api/v1/occupancy").path("districts")) {
            for (JsonNode property : district.path("properties")) {
                if (properties.containsValue(property.path("propertyId").asText())) {
                    beds += property.path("beds").asInt();
                    occupied += property.path("occupied").asInt();
                }
            }
        }
        return properties.size() + " properties with addresses, " + beds + " beds, " + occupied + " occupied tonight";
    }

    /** How many of these records the persona may read (GET by id answers 200). */
    private int readable(Identity who, String path, Collection<JsonNode> records) {
        int readable = 0;
        for (JsonNode record : records) {
            readable += api.read(who, path + record.path("id").asText()).ok() ? 1 : 0;
        }
        return readable;
    }
}
