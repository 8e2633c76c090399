package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mscu.seed.SeedData.ReferralPlan;

/**
 * Referrals, submitted by their agencies, then crime-recorded, triaged, taken through the NRM and shared
 * by the unit. A referral is known by its referring agency and the person's names (unique in the seed
 * data), and found without reading every referral of the platform: by its crime or NRM reference, else
 * at its exact receipt time, which follows from the first run's "now" (the epoch) found through those
 * references. Every step looks at the referral first and is taken only when it is missing.
 */
final class ReferralSeeder {

    static final String REFERRALS = "referrals";
    static final String TRIAGE = "triage decisions";
    static final String CRIME = "crime-recording decisions";
    static final String NRM = "NRM steps";
    static final String SHARES = "shares";

    private static final List<String> NRM_RANK = List.of("NOT_SUBMITTED", "SUBMITTED|DUTY_TO_NOTIFY",
            "REASONABLE_GROUNDS_POSITIVE|REASONABLE_GROUNDS_NEGATIVE",
            "CONCLUSIVE_GROUNDS_POSITIVE|CONCLUSIVE_GROUNDS_NEGATIVE");

    private final Api api;
    private final Times times;
    private final Tally tally;

    ReferralSeeder(Api api, Times times, Tally tally) {
        this.api = api;
        this.times = times;
        this.tally = tally;
    }

    /** What the referrals step leaves: the seed world's epoch, and the seed referrals by key. */
    record Seeded(Instant epoch, Map<String, JsonNode> referrals) {
    }

    /** The seed referrals by key, as the coordinator sees them after every step, and the epoch they follow from. */
    Seeded seed(List<ReferralPlan> plans) {
        Map<String, JsonNode> existing = new HashMap<>();
        Instant epoch = findByReferences(plans, existing).orElse(times.now());
        for (ReferralPlan plan : plans) {
            if (!existing.containsKey(plan.key())) {
                Instant receivedAt = receivedAt(plan, epoch);
                String window = "receivedFrom=" + Api.encode(receivedAt.toString()) + "&receivedTo="
                        + Api.encode(receivedAt.plusSeconds(1).toString());
                matching(plan, api.get(Identity.COORDINATOR, "/api/v1/referrals?" + window))
                        .ifPresent(referral -> existing.put(plan.key(), referral));
            }
        }
        Map<String, JsonNode> seeded = new LinkedHashMap<>();
        for (ReferralPlan plan : plans) {
            JsonNode referral = existing.get(plan.key());
            tally.count(REFERRALS, referral == null);
            if (referral == null) {
                referral = create(plan, epoch);
            }
            referral = crimeRecording(plan, referral);
            referral = triage(plan, referral);
            referral = nrm(plan, referral);
            shares(plan, referral);
            seeded.put(plan.key(), referral);
        }
        return new Seeded(epoch, seeded);
    }

    /**
     * Finds the seed referrals that carry a crime or NRM reference (exact, indexed look-ups) and from them the
     * run that created the seed world: its "now", from which every seed referral's receipt time follows.
     * Empty when none is there yet.
     */
    private Optional<Instant> findByReferences(List<ReferralPlan> plans, Map<String, JsonNode> found) {
        Instant epoch = null;
        for (ReferralPlan plan : plans) {
            List<String> lookups = new ArrayList<>();
            if (plan.crimeRecord() != null) {
                lookups.add("crimeReference=" + Api.encode(plan.crimeRecord().path("crimeReference").asText()));
            }
            plan.nrm().stream().filter(step -> step.has("nrmReference"))
                    .forEach(step -> lookups.add("nrmReference=" + Api.encode(step.path("nrmReference").asText())));
            for (String lookup : lookups) {
                Optional<JsonNode> referral = matching(plan, api.get(Identity.COORDINATOR, "/api/v1/referrals?" + lookup));
                if (referral.isPresent()) {
                    found.put(plan.key(), referral.get());
                    if (epoch == null) {
                        epoch = epoch(plan, Instant.parse(referral.get().path("receivedAt").asText()));
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(epoch);
    }

    /** The referral of this plan in a page: same referring agency, same names. */
    private static Optional<JsonNode> matching(ReferralPlan plan, JsonNode page) {
        Identity by = Identity.of(plan.as());
        for (JsonNode referral : page.path("items")) {
            JsonNode person = referral.path("potentialVictim");
            if (referral.path("referringAgency").asText().equals(by.agency())
                    && person.path("givenName").asText().equals(plan.person().path("givenName").asText())
                    && person.path("familyName").asText().equals(plan.person().path("familyName").asText())) {
                return Optional.of(referral);
            }
        }
        return Optional.empty();
    }

    static Instant receivedAt(ReferralPlan plan, Instant epoch) {
        return epoch.minus(Duration.ofHours(plan.receivedHoursAgo()));
    }

    /** The run that created this referral at {@code receivedAt}: its "now". */
    static Instant epoch(ReferralPlan plan, Instant receivedAt) {
        return receivedAt.plus(Duration.ofHours(plan.receivedHoursAgo()));
    }

    /** The request body: the plan's referral, received {@code receivedHoursAgo} before the epoch, the date of birth from the age. */
    ObjectNode body(ReferralPlan plan, Instant epoch) {
        ObjectNode body = plan.referral().deepCopy();
        Instant receivedAt = receivedAt(plan, epoch);
        body.put("receivedAt", receivedAt.toString());
        ObjectNode person = (ObjectNode) body.path("potentialVictim");
        if (person.has("ageYears")) {
            LocalDate received = LocalDate.ofInstant(receivedAt, ZoneOffset.UTC);
            person.put("dateOfBirth", received.minusYears(person.remove("ageYears").asInt()).minusDays(100).toString());
        }
        return body;
    }

    private JsonNode create(ReferralPlan plan, Instant epoch) {
        Identity by = Identity.of(plan.as());
        ObjectNode body = body(plan, epoch);
        Api.Reply reply = api.create(by, "/api/v1/referrals", body, "referral-" + plan.key());
        return Api.require(reply, "submitting referral " + plan.key());
    }

    private JsonNode triage(ReferralPlan plan, JsonNode referral) {
        if (plan.triage() == null) {
            return referral;
        }
        String status = referral.path("status").asText();
        boolean undecided = status.equals("RECEIVED") || status.equals("TRIAGED");
        tally.count(TRIAGE, undecided);
        if (!undecided) {
            return referral;
        }
        return action(Identity.COORDINATOR, referral, "triage", plan.triage(), plan);
    }

    private JsonNode crimeRecording(ReferralPlan plan, JsonNode referral) {
        JsonNode crime = referral.path("crimeRecording");
        boolean decided = crime.path("crimeReference").isTextual() || "NOT_REQUIRED".equals(crime.path("status").asText());
        if (plan.crimeRecord() != null) {
            tally.count(CRIME, !decided);
            if (!decided) {
                Instant receivedAt = Instant.parse(referral.path("receivedAt").asText());
                ObjectNode body = api.json().createObjectNode()
                        .put("crimeReference", plan.crimeRecord().path("crimeReference").asText())
                        .put("recordedAt", times.after(receivedAt, plan.crimeRecord().path("hoursAfterReceipt").asLong()).toString());
                return action(Identity.REGISTRAR, referral, "crime-record", body, plan);
            }
        } else if (plan.noCrime() != null) {
            tally.count(CRIME, !decided);
            if (!decided) {
                return action(Identity.REGISTRAR, referral, "no-crime-decision", plan.noCrime(), plan);
            }
        }
        return referral;
    }

    private JsonNode nrm(ReferralPlan plan, JsonNode referral) {
        Instant receivedAt = Instant.parse(referral.path("receivedAt").asText());
        for (int step = 0; step < plan.nrm().size(); step++) {
            boolean done = rank(referral.path("nrm").path("stage").asText("NOT_SUBMITTED")) > step;
            tally.count(NRM, !done);
            if (done) {
                continue;
            }
            JsonNode planned = plan.nrm().get(step);
            ObjectNode body = api.json().createObjectNode().put("action", planned.path("action").asText())
                    .put("at", times.after(receivedAt, planned.path("hoursAfterReceipt").asLong()).toString());
            if (planned.has("outcome")) {
                body.put("outcome", planned.path("outcome").asText());
            }
            if (planned.has("nrmReference")) {
                body.put("nrmReference", planned.path("nrmReference").asText());
            }
            referral = action(Identity.COORDINATOR, referral, "nrm", body, plan);
        }
        return referral;
    }

    private void shares(ReferralPlan plan, JsonNode referral) {
        if (plan.shares().isEmpty()) {
            return;
        }
        String id = referral.path("id").asText();
        JsonNode current = api.get(Identity.COORDINATOR, "/api/v1/referrals/" + id + "/shares");
        for (JsonNode share : plan.shares()) {
            String agency = share.path("agency").asText();
            boolean present = false;
            for (JsonNode existing : current) {
                present |= existing.path("agency").asText().equals(agency) && !existing.hasNonNull("revokedAt");
            }
            tally.count(SHARES, !present);
            if (!present) {
                Api.require(api.create(Identity.COORDINATOR, "/api/v1/referrals/" + id + "/shares", share,
                        "share-" + plan.key() + "-" + agency), "sharing referral " + plan.key() + " with " + agency);
            }
        }
    }

    private JsonNode action(Identity who, JsonNode referral, String action, JsonNode body, ReferralPlan plan) {
        String path = "/api/v1/referrals/" + referral.path("id").asText() + "/" + action;
        return Api.require(api.act(who, path, body, referral.path("version").asLong()), action + " of referral " + plan.key());
    }

    private static int rank(String stage) {
        for (int i = 0; i < NRM_RANK.size(); i++) {
            if (List.of(NRM_RANK.get(i).split("\\|")).contains(stage)) {
                return i;
            }
        }
        throw new SeedException("unknown NRM stage " + stage);
    }
}
