package org.mscu.accommodation.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** Requests as a persona, with a token for this service. */
public final class Api {

    public static final String AUDIENCE = "accommodation-service";
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private Api() {
    }

    public static RequestSpecification as(Persona persona) {
        return given().header("Authorization", TestTokens.as(persona).audience(AUDIENCE).bearer())
                .contentType(ContentType.JSON);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * A Monday at least three weeks ahead, in a stretch of weeks of months without England and
     * Wales bank holidays (February, June, July, September, October, November), so working-day
     * arithmetic in tests is plain Monday-to-Friday.
     */
    public static LocalDate quietMonday() {
        java.util.Set<java.time.Month> quiet = java.util.EnumSet.of(java.time.Month.FEBRUARY, java.time.Month.JUNE,
                java.time.Month.JULY, java.time.Month.SEPTEMBER, java.time.Month.OCTOBER, java.time.Month.NOVEMBER);
        LocalDate monday = today().plusDays(21).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        while (!quiet.contains(monday.minusDays(3).getMonth()) || !quiet.contains(monday.plusDays(10).getMonth())) {
            monday = monday.plusWeeks(1);
        }
        return monday;
    }
}
