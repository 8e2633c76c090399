package org.mscu.referral.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.create;
import static org.mscu.referral.support.Api.createdId;
import static org.mscu.referral.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class IntakeTest {

    @Test
    void createsReferralWithReferenceLocationAndReferringAgencyFromToken() {
        Response created = create(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        created.then().statusCode(201)
                .header("ETag", notNullValue())
                .body("reference", matchesPattern("MSR-\\d{4}-\\d{6}"))
                .body("referringAgency", equalTo("stop-the-traffik"))
                .body("status", equalTo("RECEIVED"))
                .body("crimeRecording.status", equalTo("PENDING"))
                .body("crimeRecording.required", equalTo(true))
                .body("nrm.stage", equalTo("NOT_SUBMITTED"))
                .body("version", equalTo(0));
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/referrals/" + id));
        get(Persona.CHARITY_HOTLINE, id).then().statusCode(200)
                .header("ETag", containsString("0"))
                .body("id", equalTo(id))
                .body("potentialVictim.givenName", equalTo("Testa"));
    }

    @Test
    void setsCrimeRecordingDueTwentyFourHoursAfterReceipt() {
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().receivedAt(received).build())
                .then().statusCode(201)
                .body("crimeRecording.dueBy", equalTo(received.plus(Duration.ofHours(24)).toString()));
    }

    @Test
    void createsReferralAndDerivesChildFromDateOfBirth() {
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.child().build()).then().statusCode(201).body("child", equalTo(true));
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().build()).then().statusCode(201).body("child", equalTo(false));
    }

    @Test
    void derivesChildAtReceiptNotToday() {
        Instant received = Instant.parse("2026-01-10T10:00:00Z");
        // 17 on the day it was received, an adult since.
        String dob = LocalDate.parse("2008-03-01").toString();
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().receivedAt(received).person("dateOfBirth", dob).build())
                .then().statusCode(201).body("child", equalTo(true));
    }

    @Test
    void derivesChildFromEstimatedAgeWithoutDateOfBirth() {
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().person("dateOfBirth", null).person("estimatedAge", 15).build())
                .then().statusCode(201).body("child", equalTo(true));
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().person("dateOfBirth", null).person("estimatedAge", 25).build())
                .then().statusCode(201).body("child", equalTo(false));
    }

    @Test
    void treatsAgeDisputedPersonWithoutVerifiedAgeAsChild() {
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().person("ageDisputed", true).build())
                .then().statusCode(201).body("child", equalTo(true));
        create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().person("ageDisputed", true).person("ageVerified", true).build())
                .then().statusCode(201).body("child", equalTo(false));
    }

    @Test
    void refusesReferringAgencyInTheBody() {
        create(Persona.DWP_SYSTEM, ReferralBodies.adult().with("referringAgency", "gmp").build())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("referringAgency"));
    }

    @Test
    void refusesServerOwnedFieldsInTheBody() {
        for (String field : new String[] {"id", "reference", "status", "child", "crimeRecording", "version"}) {
            create(Persona.DWP_SYSTEM, ReferralBodies.adult().with(field, "x").build())
                    .then().statusCode(400).body("errors.field", hasItem(field));
        }
    }

    @Test
    void listsEveryMissingRequiredFieldByName() {
        as(Persona.COORDINATOR).body(Map.of("narrative", "only this")).post("/api/v1/referrals")
                .then().statusCode(400)
                .body("errors.field", hasItem("source"))
                .body("errors.field", hasItem("potentialVictim"))
                .body("errors.field", hasItem("exploitationTypes"))
                .body("errors.field", hasItem("consentToNrm"));
    }

    @Test
    void rejectsUnknownEnumValueNamingTheField() {
        create(Persona.COORDINATOR, ReferralBodies.adult().source("CARRIER_PIGEON").build())
                .then().statusCode(400).body("errors.field", hasItem("source"));
    }

    @Test
    void rejectsReceivedAtInTheFuture() {
        create(Persona.COORDINATOR, ReferralBodies.adult().receivedAt(Instant.now().plus(Duration.ofHours(1))).build())
                .then().statusCode(400).body("errors.field", hasItem("receivedAt"));
    }

    @Test
    void rejectsWhatCannotBeAPhoneNumberOrPostcode() {
        create(Persona.COORDINATOR, ReferralBodies.adult().person("contactPhone", "12345").postcode("Manchester")
                .suspect("Someone", "n/a", null).build())
                .then().statusCode(400)
                .body("errors.field", hasItem("potentialVictim.contactPhone"))
                .body("errors.field", hasItem("location.postcode"))
                .body("errors.field", hasItem("suspects[0].phone"));
    }

    @Test
    void rejectsMalformedJson() {
        as(Persona.COORDINATOR).body("{\"source\": ").post("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void letsPeopleWhoReferCreateReferrals() {
        create(Persona.DWP_REFERRER, ReferralBodies.adult().build()).then().statusCode(201)
                .body("referringAgency", equalTo("dwp"));
        create(Persona.IMMIGRATION_OFFICER, ReferralBodies.adult().build()).then().statusCode(201)
                .body("referringAgency", equalTo("immigration-enforcement"));
        create(Persona.COORDINATOR, ReferralBodies.adult().build()).then().statusCode(201)
                .body("referringAgency", equalTo("gmp"));
    }

    @ParameterizedTest
    @EnumSource(value = Persona.class, names = {"TACTICAL_ADVISOR", "REGISTRAR", "AUDITOR", "VLO_ONE", "VULNERABILITY_LEAD",
            "ORDER_MANAGER", "PROBATION_OFFICER", "HOUSING_OFFICER", "SAFEHAVEN_OFFICER"})
    void refusesCreationToRolesThatDoNotRefer(Persona persona) {
        create(persona, ReferralBodies.adult().build()).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void hidesAnotherAgencysReferralAsNotFound() {
        String id = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().build());
        get(Persona.CHARITY_HOTLINE, id).then().statusCode(404).contentType("application/problem+json");
        get(Persona.IMMIGRATION_OFFICER, id).then().statusCode(404);
        get(Persona.DWP_REFERRER, id).then().statusCode(200);
    }

    @Test
    void showsRegistrarEverythingButTheNarrative() {
        String id = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().build());
        get(Persona.REGISTRAR, id).then().statusCode(200)
                .body("potentialVictim.givenName", equalTo("Testa"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("narrative")));
        get(Persona.TACTICAL_ADVISOR, id).then().statusCode(200).body("narrative", notNullValue());
    }

    @Test
    void refusesReadingToRolesWithoutReferralAccess() {
        String id = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().build());
        get(Persona.AUDITOR, id).then().statusCode(403);
        get(Persona.VLO_ONE, id).then().statusCode(403);
        get(Persona.HOUSING_OFFICER, id).then().statusCode(403);
    }
}
