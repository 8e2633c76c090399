package org.mscu.victim.support;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.testing.TestEvents;
import org.mscu.victim.liaison.ProposalService;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Gender;
import org.mscu.victim.victims.ReferralAccepted;
import org.mscu.victim.victims.VictimService;

/**
 * Fixtures for the referral.accepted flow: fictional referrals as referral-service shows them to this
 * service, registered with the {@link ReferralServiceStub}, and the events that announce them.
 */
public final class Intake {

    private Intake() {
    }

    /** A fictional accepted referral; tweak with the {@link Referral} methods, then {@link Referral#serve()}. */
    public static Referral referral() {
        return new Referral();
    }

    public static final class Referral {
        private final UUID id = UUID.randomUUID();
        private final Map<String, Object> body = new LinkedHashMap<>();
        private final Map<String, Object> person = new LinkedHashMap<>();
        private final Map<String, Object> location = new LinkedHashMap<>();
        private int failures;
        private int failWith;

        Referral() {
            body.put("id", id.toString());
            body.put("reference", "MSR-2026-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
            body.put("status", "ACCEPTED");
            body.put("child", false);
            person.put("givenName", "Testa");
            person.put("familyName", "Fictional " + Api.randomWord());
            person.put("dateOfBirth", "1994-06-12");
            person.put("gender", "FEMALE");
            person.put("languages", List.of("ro"));
            body.put("potentialVictim", person);
            body.put("exploitationTypes", List.of("LABOUR"));
            location.put("district", "Manchester");
            body.put("location", location);
            body.put("version", 1);
        }

        public UUID id() {
            return id;
        }

        public String reference() {
            return (String) body.get("reference");
        }

        public String familyName() {
            return (String) person.get("familyName");
        }

        public Referral person(String field, Object value) {
            person.put(field, value);
            return this;
        }

        public Referral district(String district) {
            location.put("district", district);
            return this;
        }

        public Referral with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        /** The first {@code times} reads fail with {@code status}; 0 = hang up without an answer. */
        public Referral failing(int times, int status) {
            this.failures = times;
            this.failWith = status;
            return this;
        }

        /** Registers it with the stub, so that victim-service can read it. */
        public Referral serve() {
            given().baseUri(stub()).contentType(ContentType.JSON)
                    .body(Map.of("referral", body, "failures", failures, "failWith", failWith))
                    .put("/__stub/referrals/" + id).then().statusCode(204);
            return this;
        }

        /** The referral.accepted event referral-service publishes for it: ids, no names. */
        public EventEnvelope acceptedEvent() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("referralId", id.toString());
            data.put("reference", reference());
            data.put("child", body.get("child"));
            data.put("exploitationTypes", body.get("exploitationTypes"));
            data.put("district", location.get("district"));
            data.put("gender", person.get("gender"));
            data.put("languages", person.get("languages"));
            return EventEnvelope.of("referrals", "referral.accepted", id, data);
        }

        /** How often victim-service asked the stub for it. */
        public int reads() {
            return Integer.parseInt(given().baseUri(stub()).get("/__stub/referrals/" + id + "/requests").then().statusCode(200)
                    .extract().asString());
        }
    }

    /** Publishes the event and waits until the referral.accepted consumer has processed it. */
    public static EventEnvelope deliver(EventEnvelope event) {
        TestEvents.publish(event);
        TestEvents.awaitProcessed("referral-accepted", event.id());
        return event;
    }

    /** Revokes every token the stub issued, as after a key rotation. */
    public static void revokeTokens() {
        given().baseUri(stub()).post("/__stub/revoke-tokens").then().statusCode(204);
    }

    /** Tokens the stub's token endpoint has issued so far. */
    public static int tokensIssued() {
        return Integer.parseInt(given().baseUri(stub()).get("/__stub/tokens").then().statusCode(200).extract().asString());
    }

    /**
     * A victim recorded from an accepted referral with its liaison proposal, straight through the
     * application services (what the consumer does after its fetch), speaking a language no other
     * test uses and living in a district of its own, so that {@code officerId} is the best match.
     * Returns the victim's id.
     */
    public static String victimWithProposalFor(String officerId, String language, String district) {
        ReferralAccepted accepted = new ReferralAccepted(UUID.randomUUID(), "MSR-2026-" + String.format("%06d",
                ThreadLocalRandom.current().nextInt(1_000_000)), "Testa", "Fictional", LocalDate.parse("1991-02-03"),
                Gender.FEMALE, List.of(language), district, List.of(ExploitationType.LABOUR));
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID victimId = Arc.container().instance(VictimService.class).get().createFromReferral(accepted);
            Arc.container().instance(ProposalService.class).get().propose(victimId, VictimService.SYSTEM_ACTOR);
            return victimId.toString();
        });
    }

    /** A victim with an open proposal of a fresh officer who is its best match. */
    public static Proposed victimWithProposal() {
        String language = Api.rareLanguage();
        String district = "District " + Api.randomWord();
        String officer = Api.officer().with("languages", List.of(language)).with("districts", List.of(district))
                .with("specialisms", List.of("LABOUR")).create();
        return new Proposed(victimWithProposalFor(officer, language, district), officer);
    }

    public record Proposed(String victimId, String officerId) {
    }

    private static String stub() {
        return ConfigProvider.getConfig().getValue("mscu.victims.intake.referral-service-url", String.class);
    }
}
