package org.mscu.orders.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.applied;
import static org.mscu.orders.support.Orders.body;
import static org.mscu.orders.support.Orders.granted;
import static org.mscu.orders.support.Orders.list;
import static org.mscu.orders.support.Orders.prohibition;
import static org.mscu.orders.support.Orders.today;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OrderChangeTest {

    private static final Persona GMP = Persona.ORDER_MANAGER;

    private static String path(String id, String action) {
        return "/api/v1/orders/" + id + "/" + action;
    }

    @Test
    void variesOrderKeepingEachVariationAndStayingInForce() {
        String id = granted(GMP);
        Api.post(GMP, path(id, "variations"), body("variedOn", today().toString(), "reason", "Court varied contact terms",
                        "prohibitions", list(prohibition("LOCATION", null))))
                .then().statusCode(200)
                .body("status", equalTo("VARIED"))
                .body("prohibitions[0].category", equalTo("LOCATION"))
                .body("variations", hasSize(1))
                .body("variations[0].previousProhibitions[0].category", equalTo("CONTACT"));
        Api.post(GMP, path(id, "variations"), body("variedOn", today().toString(), "reason", "Second variation",
                        "prohibitions", list(prohibition("EMPLOYMENT", null))))
                .then().statusCode(200)
                .body("status", equalTo("VARIED"))
                .body("variations", hasSize(2))
                .body("variations[1].previousProhibitions[0].category", equalTo("LOCATION"));
    }

    @Test
    void refusesVariationBelowTheStatutoryMinimum() {
        String id = granted(GMP);
        Api.post(GMP, path(id, "variations"), body("variedOn", today().toString(), "reason", "Shortened",
                        "prohibitions", list(prohibition("CONTACT", today().plusYears(5).minusDays(1)))))
                .then().statusCode(409).body("code", equalTo("DURATION_BELOW_MINIMUM"));
    }

    @Test
    void refusesVariationOfAnApplication() {
        String id = applied(GMP, application("STPO"));
        Api.post(GMP, path(id, "variations"), body("variedOn", today().toString(), "reason", "Too early",
                        "prohibitions", list(prohibition("CONTACT", null))))
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void renewsForeignTravelByFiveYearsButNotFiveYearsAndOneDay() {
        LocalDate made = today();
        String id = granted(GMP, "STPO", made, prohibition("FOREIGN_TRAVEL", made.plusYears(2)));
        String prohibitionId = Api.get(GMP, "/api/v1/orders/" + id).path("prohibitions[0].id");
        Api.post(GMP, path(id, "renewal"), body("renewedOn", made.toString(),
                        "prohibitions", list(body("prohibitionId", prohibitionId, "until", made.plusYears(7).plusDays(1).toString()))))
                .then().statusCode(409).body("code", equalTo("RENEWAL_TOO_LONG"));
        Api.post(GMP, path(id, "renewal"), body("renewedOn", made.toString(),
                        "prohibitions", list(body("prohibitionId", prohibitionId, "until", made.plusYears(7).toString()))))
                .then().statusCode(200)
                .body("status", equalTo("RENEWED"))
                .body("expiresOn", equalTo(made.plusYears(7).toString()))
                .body("renewals", hasSize(1));
    }

    @Test
    void refusesRenewalOfAnInterimOrder() {
        String full = applied(GMP, application("STPO"));
        var interimBody = application("STPO", prohibition("FOREIGN_TRAVEL", today().plusMonths(2)));
        interimBody.put("interim", true);
        interimBody.put("interimFor", full);
        String interim = applied(GMP, interimBody);
        org.mscu.orders.support.Orders.decide(GMP, interim, org.mscu.orders.support.Orders.decision("GRANTED", today(), null))
                .then().statusCode(200);
        String prohibitionId = Api.get(GMP, "/api/v1/orders/" + interim).path("prohibitions[0].id");
        Api.post(GMP, path(interim, "renewal"), body("renewedOn", today().toString(),
                        "prohibitions", list(body("prohibitionId", prohibitionId, "until", today().plusMonths(4).toString()))))
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void refusesStpoDischargeOneDayBeforeFiveYearsWithoutConsent() {
        LocalDate made = today().minusYears(5).plusDays(1);
        String id = granted(GMP, "STPO", made, prohibition("CONTACT", null));
        Api.post(GMP, path(id, "discharge"), body("dischargedOn", today().toString(), "reason", "Application to discharge",
                        "subjectConsent", true, "chiefOfficerConsent", false))
                .then().statusCode(409).body("code", equalTo("DISCHARGE_CONSENT_REQUIRED"));
        Api.get(GMP, "/api/v1/orders/" + id).then().body("status", equalTo("GRANTED"));
    }

    @Test
    void dischargesStpoWithinFiveYearsWithBothConsents() {
        LocalDate made = today().minusYears(5).plusDays(1);
        String id = granted(GMP, "STPO", made, prohibition("CONTACT", null));
        Api.post(GMP, path(id, "discharge"), body("dischargedOn", today().toString(), "reason", "Agreed discharge",
                        "subjectConsent", true, "chiefOfficerConsent", true))
                .then().statusCode(200)
                .body("status", equalTo("DISCHARGED"))
                .body("discharge.consentRequired", equalTo(true));
    }

    @Test
    void dischargesStpoOnItsFifthAnniversaryWithoutConsent() {
        LocalDate made = today().minusYears(5);
        String id = granted(GMP, "STPO", made, prohibition("CONTACT", null));
        Api.post(GMP, path(id, "discharge"), body("dischargedOn", today().toString(), "reason", "Five years on"))
                .then().statusCode(200)
                .body("status", equalTo("DISCHARGED"))
                .body("discharge.consentRequired", equalTo(false));
    }

    @Test
    void dischargesForeignTravelOnlyStpoEarlyWithoutConsent() {
        String id = granted(GMP, "STPO", today(), prohibition("FOREIGN_TRAVEL", today().plusYears(1)));
        Api.post(GMP, path(id, "discharge"), body("dischargedOn", today().toString(), "reason", "Travel ban lifted"))
                .then().statusCode(200).body("status", equalTo("DISCHARGED"));
    }

    @Test
    void refusesAnyChangeOfADischargedOrder() {
        String id = granted(GMP, "STPO", today(), prohibition("FOREIGN_TRAVEL", today().plusYears(1)));
        Api.post(GMP, path(id, "discharge"), body("dischargedOn", today().toString(), "reason", "Lifted"))
                .then().statusCode(200);
        Api.post(GMP, path(id, "discharge"), body("dischargedOn", today().toString(), "reason", "Again"))
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Api.post(GMP, path(id, "variations"), body("variedOn", today().toString(), "reason", "Late",
                        "prohibitions", list(prohibition("CONTACT", null))))
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void answersEtagAndRefusesStaleIfMatchWithoutChange() {
        String id = granted(GMP);
        Api.get(GMP, "/api/v1/orders/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
        Api.as(GMP).header("If-Match", "\"0\"")
                .body(body("variedOn", today().toString(), "reason", "Stale", "prohibitions", list(prohibition("LOCATION", null))))
                .post(path(id, "variations"))
                .then().statusCode(412);
        Api.get(GMP, "/api/v1/orders/" + id).then().body("status", equalTo("GRANTED")).body("version", equalTo(1));
        Api.as(GMP).header("If-Match", "\"1\"")
                .body(body("variedOn", today().toString(), "reason", "Current", "prohibitions", list(prohibition("LOCATION", null))))
                .post(path(id, "variations"))
                .then().statusCode(200).body("version", equalTo(2));
    }
}
