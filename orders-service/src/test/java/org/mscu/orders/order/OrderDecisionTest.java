package org.mscu.orders.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.applied;
import static org.mscu.orders.support.Orders.decide;
import static org.mscu.orders.support.Orders.decision;
import static org.mscu.orders.support.Orders.prohibition;
import static org.mscu.orders.support.Orders.today;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OrderDecisionTest {

    private static final Persona GMP = Persona.ORDER_MANAGER;

    @Test
    void grantsStpoWithProhibitionsOfExactlyFiveYears() {
        LocalDate made = today();
        String id = applied(GMP, application("STPO"));
        decide(GMP, id, decision("GRANTED", made, made.plusYears(5)))
                .then().statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("madeOn", equalTo(made.toString()))
                .body("expiresOn", equalTo(made.plusYears(5).toString()))
                .body("prohibitions[0].until", equalTo(made.plusYears(5).toString()))
                .body("version", equalTo(1));
    }

    @Test
    void refusesStpoOfFourYearsThreeHundredSixtyFourDays() {
        LocalDate made = today();
        String id = applied(GMP, application("STPO"));
        decide(GMP, id, decision("GRANTED", made, made.plusYears(5).minusDays(1)))
                .then().statusCode(409).body("code", equalTo("DURATION_BELOW_MINIMUM"));
        Api.get(GMP, "/api/v1/orders/" + id).then().body("status", equalTo("APPLIED")).body("version", equalTo(0));
    }

    @Test
    void grantsStroOfExactlyTwoYearsButNotOneDayLess() {
        LocalDate made = today();
        String shortOne = applied(GMP, application("STRO"));
        decide(GMP, shortOne, decision("GRANTED", made, made.plusYears(2).minusDays(1)))
                .then().statusCode(409).body("code", equalTo("DURATION_BELOW_MINIMUM"));
        String exact = applied(GMP, application("STRO"));
        decide(GMP, exact, decision("GRANTED", made, made.plusYears(2))).then().statusCode(200)
                .body("status", equalTo("GRANTED"));
    }

    @Test
    void grantsOrderUntilFurtherOrder() {
        String id = applied(GMP, application("STPO"));
        decide(GMP, id, decision("GRANTED", today(), null)).then().statusCode(200)
                .body("expiresOn", nullValue()).body("prohibitions[0].until", nullValue());
    }

    @Test
    void grantsForeignTravelOfFiveYearsButNotFiveYearsAndOneDay() {
        LocalDate made = today();
        String tooLong = applied(GMP, application("STPO", prohibition("FOREIGN_TRAVEL", made.plusYears(5).plusDays(1))));
        decide(GMP, tooLong, decision("GRANTED", made, null))
                .then().statusCode(409).body("code", equalTo("FOREIGN_TRAVEL_TOO_LONG"));
        String exact = applied(GMP, application("STPO", prohibition("FOREIGN_TRAVEL", made.plusYears(5))));
        decide(GMP, exact, decision("GRANTED", made, null)).then().statusCode(200)
                .body("expiresOn", equalTo(made.plusYears(5).toString()));
    }

    @Test
    void refusesForeignTravelUntilFurtherOrder() {
        String id = applied(GMP, application("STRO", prohibition("FOREIGN_TRAVEL", null)));
        decide(GMP, id, decision("GRANTED", today(), null))
                .then().statusCode(409).body("code", equalTo("FOREIGN_TRAVEL_NEEDS_FIXED_PERIOD"));
    }

    @Test
    void recordsRefusal() {
        String id = applied(GMP, application("STPO"));
        decide(GMP, id, decision("REFUSED", today(), null)).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("decidedOn", equalTo(today().toString()))
                .body("madeOn", nullValue());
    }

    @Test
    void refusesSecondDecisionAsIllegalTransition() {
        String id = applied(GMP, application("STPO"));
        decide(GMP, id, decision("REFUSED", today(), null)).then().statusCode(200);
        decide(GMP, id, decision("GRANTED", today(), null)).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void rejectsDecisionInTheFuture() {
        String id = applied(GMP, application("STPO"));
        decide(GMP, id, decision("GRANTED", today().plusDays(1), null)).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("madeOn"));
    }

    @Test
    void endsInterimOrderWhenTheFullApplicationIsDecided() {
        LocalDate made = today();
        String full = applied(GMP, application("STPO"));
        var interimBody = application("STPO", prohibition("CONTACT", made.plusMonths(3)));
        interimBody.put("interim", true);
        interimBody.put("interimFor", full);
        String interim = applied(GMP, interimBody);
        decide(GMP, interim, decision("GRANTED", made, null)).then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("interim", equalTo(true))
                .body("interimFor", equalTo(full));

        decide(GMP, full, decision("GRANTED", made, null)).then().statusCode(200);

        Api.get(GMP, "/api/v1/orders/" + interim).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("endedOn", equalTo(made.toString()));
    }

    @Test
    void refusesInterimOrderWithoutFixedPeriod() {
        String full = applied(GMP, application("STRO"));
        var interimBody = application("STRO", prohibition("CONTACT", null));
        interimBody.put("interim", true);
        interimBody.put("interimFor", full);
        String interim = applied(GMP, interimBody);
        decide(GMP, interim, decision("GRANTED", today(), null)).then().statusCode(409)
                .body("code", equalTo("INTERIM_NEEDS_FIXED_PERIOD"));
    }

    @Test
    void refusesInterimOrderUnderADecidedApplication() {
        String full = applied(GMP, application("STPO"));
        decide(GMP, full, decision("REFUSED", today(), null)).then().statusCode(200);
        var interimBody = application("STPO", prohibition("CONTACT", today().plusMonths(1)));
        interimBody.put("interim", true);
        interimBody.put("interimFor", full);
        org.mscu.orders.support.Orders.apply(GMP, interimBody).then().statusCode(409)
                .body("code", equalTo("INTERIM_WITHOUT_APPLICATION"));
    }

    @Test
    void grantsEveryProhibitionOfTheApplication() {
        String id = applied(GMP, application("STPO", prohibition("CONTACT", null), prohibition("LOCATION", null)));
        decide(GMP, id, decision("GRANTED", today(), null)).then().statusCode(200).body("prohibitions", hasSize(2));
    }
}
