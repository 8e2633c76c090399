package org.mscu.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #4 end to end, through the gateway with real Keycloak tokens: a partner's referral walks from
 * intake (idempotent) to a crime record by the registrar, an NRM submission by the coordinator and a
 * SUMMARY share with another agency; the NRM consent rules for adults and children; agency scoping.
 */
class ReferralFlowIT {

    private static final String REFERRALS = "/api/v1/referrals";
    private static final String COUNCIL = "manchester-city-council";

    @Test
    void walksAPartnerReferralFromIntakeToCrimeRecordNrmSubmissionAndShare() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Referrals.adultLabourExploitation();
        Response first = submit(Persona.CHARITY_HOTLINE, key, body);
        first.then().statusCode(201)
                .body("referringAgency", equalTo("stop-the-traffik"))
                .body("status", equalTo("RECEIVED"))
                .body("crimeRecording.status", equalTo("PENDING"))
                .body("nrm.stage", equalTo("NOT_SUBMITTED"));
        Response replay = submit(Persona.CHARITY_HOTLINE, key, body);
        replay.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        assertEquals(first.asString(), replay.asString(), "a replay returns the first response");
        assertEquals(first.header("Location"), replay.header("Location"));
        String id = first.path("id");

        String crimeReference = "CRI/E2E/" + Gateway.unique();
        Gateway.as(People.REGISTRAR).body(Map.of("crimeReference", crimeReference))
                .post(REFERRALS + "/" + id + "/crime-record")
                .then().statusCode(200)
                .body("crimeRecording.status", equalTo("COMPLIANT"))
                .body("crimeRecording.crimeReference", equalTo(crimeReference))
                .body("crimeRecording.recordedAt", notNullValue())
                .body("$", not(hasKey("narrative")));
        Gateway.as(Persona.COORDINATOR).queryParam("crimeReference", crimeReference).get(REFERRALS)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));

        String nrmReference = "NRM-E2E-" + Gateway.unique();
        Gateway.as(Persona.COORDINATOR).body(Map.of("action", "SUBMIT", "nrmReference", nrmReference))
                .post(REFERRALS + "/" + id + "/nrm")
                .then().statusCode(200)
                .body("nrm.stage", equalTo("SUBMITTED"))
                .body("nrm.nrmReference", equalTo(nrmReference))
                .body("nrm.submittedAt", notNullValue())
                .body("nrm.reasonableGroundsDueBy", notNullValue());

        String path = REFERRALS + "/" + id;
        Problems.assertProblem(read(Persona.LA_CASE_SYSTEM, path), 404);
        Gateway.as(Persona.COORDINATOR)
                .body(Map.of("agency", COUNCIL, "level", "SUMMARY", "purpose", "Joint safeguarding visit",
                        "legalBasis", "Crime and Disorder Act 1998 s.115"))
                .post(path + "/shares")
                .then().statusCode(201)
                .body("agency", equalTo(COUNCIL))
                .body("level", equalTo("SUMMARY"))
                .body("sharedBy", notNullValue());
        read(Persona.LA_CASE_SYSTEM, path).statusCode(200)
                .body("id", equalTo(id))
                .body("referringAgency", equalTo("stop-the-traffik"))
                .body("exploitationTypes", hasItem("LABOUR"))
                .body("location.district", equalTo("Manchester"))
                .body("potentialVictim", not(hasKey("givenName")))
                .body("potentialVictim", not(hasKey("familyName")))
                .body("potentialVictim", not(hasKey("aliases")))
                .body("potentialVictim", not(hasKey("dateOfBirth")))
                .body("potentialVictim", not(hasKey("contactPhone")))
                .body("location", not(hasKey("address")))
                .body("location", not(hasKey("postcode")))
                .body("$", not(hasKey("suspects")))
                .body("$", not(hasKey("narrative")));

        Gateway.as(Persona.COORDINATOR).delete(path + "/shares/" + COUNCIL).then().statusCode(204);
        Problems.assertProblem(read(Persona.LA_CASE_SYSTEM, path), 404);
        read(Persona.CHARITY_HOTLINE, path).statusCode(200)
                .body("crimeRecording.crimeReference", equalTo(crimeReference))
                .body("nrm.stage", equalTo("SUBMITTED"))
                .body("potentialVictim.givenName", equalTo("Testa"));
    }

    @Test
    void anotherPartnerAgencyCannotReadACharitysReferral() {
        String id = submit(Persona.CHARITY_HOTLINE, UUID.randomUUID().toString(), Referrals.adultLabourExploitation())
                .then().statusCode(201).extract().path("id");

        Problems.assertProblem(read(Persona.IMMIGRATION_SYSTEM, REFERRALS + "/" + id), 404);
    }

    @Test
    void adultWithoutConsentIsNotSubmittedButGetsAnAnonymousDutyToNotify() {
        Map<String, Object> body = new HashMap<>(Referrals.adultLabourExploitation());
        body.put("consentToNrm", false);
        String id = submit(Persona.LA_CASE_SYSTEM, UUID.randomUUID().toString(), body)
                .then().statusCode(201).body("child", equalTo(false)).extract().path("id");
        String nrm = REFERRALS + "/" + id + "/nrm";

        ValidatableResponse refused = Gateway.as(Persona.COORDINATOR).body(Map.of("action", "SUBMIT")).post(nrm).then();
        Problems.assertProblem(refused, 409);
        refused.body("code", equalTo("CONSENT_REQUIRED"));
        read(Persona.COORDINATOR, REFERRALS + "/" + id).statusCode(200).body("nrm.stage", equalTo("NOT_SUBMITTED"));
        Gateway.as(Persona.COORDINATOR).body(Map.of("action", "DUTY_TO_NOTIFY")).post(nrm)
                .then().statusCode(200)
                .body("nrm.stage", equalTo("DUTY_TO_NOTIFY"))
                .body("nrm.dutyToNotifyAt", notNullValue())
                .body("nrm.dutyToNotify.exploitationTypes", hasItem("LABOUR"))
                .body("nrm.dutyToNotify", not(hasKey("givenName")))
                .body("nrm.dutyToNotify", not(hasKey("familyName")))
                .body("nrm.dutyToNotify", not(hasKey("dateOfBirth")))
                .body("nrm.dutyToNotify", not(hasKey("contactPhone")))
                .body("nrm.dutyToNotify", not(hasKey("postcode")))
                .body("nrm.dutyToNotify", not(hasKey("address")));
    }

    @Test
    void childIsSubmittedToTheNrmWithoutConsent() {
        Map<String, Object> body = new HashMap<>(Referrals.adultLabourExploitation());
        Map<String, Object> person = new HashMap<>(castMap(body.get("potentialVictim")));
        person.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(12).toString());
        body.put("potentialVictim", person);
        body.put("consentToNrm", false);
        String id = submit(Persona.LA_CASE_SYSTEM, UUID.randomUUID().toString(), body)
                .then().statusCode(201).body("child", equalTo(true)).extract().path("id");

        Gateway.as(Persona.COORDINATOR).body(Map.of("action", "SUBMIT")).post(REFERRALS + "/" + id + "/nrm")
                .then().statusCode(200)
                .body("nrm.stage", equalTo("SUBMITTED"))
                .body("nrm.reasonableGroundsDueBy", notNullValue());
    }

    private static Response submit(Persona partner, String idempotencyKey, Map<String, Object> body) {
        return Gateway.as(partner).header("Idempotency-Key", idempotencyKey).body(body).post(REFERRALS);
    }

    private static ValidatableResponse read(Persona persona, String path) {
        return Gateway.as(persona).get(path).then();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
