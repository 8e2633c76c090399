package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mscu.seed.SeedData.ReferralPlan;

/**
 * The liaison-officer roster (found again by username), a victim for each accepted referral (found again
 * by referral; victim-service may also have recorded it from the referral's ACCEPTED event), and the
 * victims' liaison officers: a named one, or the best match the service ranks.
 */
final class VictimSeeder {

    static final String OFFICERS = "liaison officers";
    static final String VICTIMS = "victims";
    static final String ASSIGNMENTS = "liaison assignments";

    /** Conflicts after which the best match is asked for instead of the named officer. */
    private static final Set<String> OFFICER_UNAVAILABLE = Set.of("OFFICER_AT_CAPACITY", "OFFICER_INACTIVE");

    private final Api api;
    private final Tally tally;

    VictimSeeder(Api api, Tally tally) {
        this.api = api;
        this.tally = tally;
    }

    /** The roster entries by username. An entry already on the roster is kept as it is. */
    Map<String, JsonNode> roster(List<JsonNode> officers) {
        Map<String, JsonNode> roster = new LinkedHashMap<>();
        for (JsonNode officer : officers) {
            String username = officer.path("username").asText();
            Optional<JsonNode> existing = first(api.get(Identity.COORDINATOR,
                    "/api/v1/liaison-officers?username=" + Api.encode(username)));
            tally.count(OFFICERS, existing.isEmpty());
            roster.put(username, existing.orElseGet(() -> Api.require(api.create(Identity.COORDINATOR,
                    "/api/v1/liaison-officers", officer, "officer-" + username),
                    "putting " + username + " on the roster")));
        }
        return roster;
    }

    /** The victims by referral key. */
    Map<String, JsonNode> victims(List<ReferralPlan> plans, Map<String, JsonNode> referrals, Map<String, JsonNode> roster) {
        Map<String, JsonNode> victims = new LinkedHashMap<>();
        for (ReferralPlan plan : plans) {
            if (plan.victim() == null) {
                continue;
            }
            JsonNode referral = referrals.get(plan.key());
            JsonNode victim = victim(plan, referral);
            String liaison = plan.victim().path("liaison").asText("");
            if (!liaison.isEmpty()) {
                boolean assigned = victim.hasNonNull("liaison");
                tally.count(ASSIGNMENTS, !assigned);
                if (!assigned) {
                    assign(plan, victim, roster.get(liaison));
                }
            }
            victims.put(plan.key(), victim);
        }
        return victims;
    }

    private JsonNode victim(ReferralPlan plan, JsonNode referral) {
        String referralId = referral.path("id").asText();
        Optional<JsonNode> existing = find(referralId);
        tally.count(VICTIMS, existing.isEmpty());
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode body = victimBody(plan, referral);
        Api.Reply reply = api.create(Identity.COORDINATOR, "/api/v1/victims", body, "victim-" + plan.key());
        if (reply.status() == 409 && reply.code().equals("VICTIM_EXISTS_FOR_REFERRAL")) {
            // recorded from the referral's ACCEPTED event in the meantime
            return find(referralId).orElseThrow(() -> Api.failure(reply, "recording the victim of " + plan.key()));
        }
        return Api.require(reply, "recording the victim of " + plan.key());
    }

    private ObjectNode victimBody(ReferralPlan plan, JsonNode referral) {
        JsonNode person = referral.path("potentialVictim");
        ObjectNode body = api.json().createObjectNode()
                .put("referralId", referral.path("id").asText())
                .put("referralReference", referral.path("reference").asText())
                .put("givenName", person.path("givenName").asText())
                .put("familyName", person.path("familyName").asText())
                .put("gender", person.path("gender").asText("UNKNOWN"))
                .put("district", referral.path("location").path("district").asText());
        if (person.hasNonNull("dateOfBirth")) {
            body.put("dateOfBirth", person.path("dateOfBirth").asText());
        }
        body.set("languages", person.path("languages").isArray() ? person.path("languages") : api.json().createArrayNode());
        ObjectNode needs = body.putObject("needs")
                .put("officerGenderPreference", plan.victim().path("officerGenderPreference").asText("NO_PREFERENCE"));
        needs.set("specialisms", referral.path("exploitationTypes"));
        return body;
    }

    private void assign(ReferralPlan plan, JsonNode victim, JsonNode officer) {
        String path = "/api/v1/victims/" + victim.path("id").asText() + "/liaison";
        ObjectNode body = api.json().createObjectNode().put("reason", "Initial assignment after the referral was accepted");
        if (officer != null) {
            body.put("officerId", officer.path("id").asText());
            Api.Reply named = api.create(Identity.COORDINATOR, path, body, "liaison-" + plan.key());
            if (named.ok() || !(named.status() == 409 && OFFICER_UNAVAILABLE.contains(named.code()))) {
                Api.require(named, "assigning " + officer.path("username").asText() + " to the victim of " + plan.key());
                return;
            }
            body.remove("officerId");
        }
        Api.require(api.create(Identity.COORDINATOR, path, body, "liaison-" + plan.key()), "assigning the best-matching officer to the victim of " + plan.key());
    }

    private Optional<JsonNode> find(String referralId) {
        return first(api.get(Identity.COORDINATOR, "/api/v1/victims?referralId=" + referralId));
    }

    private static Optional<JsonNode> first(JsonNode page) {
        JsonNode items = page.path("items");
        return items.isArray() && !items.isEmpty() ? Optional.of(items.get(0)) : Optional.empty();
    }
}
