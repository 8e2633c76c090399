package org.mscu.orders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.mscu.platform.problem.ProblemException;

class OrderDurationsTest {

    private static final LocalDate MADE = LocalDate.of(2026, 3, 10);

    private static Prohibition prohibition(ProhibitionCategory category, LocalDate until) {
        return new Prohibition(UUID.randomUUID(), category, "fictional prohibition", until);
    }

    private static void assertConflict(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(409);
            assertThat(p.code()).isEqualTo(code);
        });
    }

    @Test
    void refusesStpoProhibitionOfFourYearsThreeHundredSixtyFourDays() {
        var p = prohibition(ProhibitionCategory.CONTACT, MADE.plusYears(5).minusDays(1));
        assertConflict(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p)), "DURATION_BELOW_MINIMUM");
    }

    @Test
    void acceptsStpoProhibitionOfExactlyFiveYears() {
        var p = prohibition(ProhibitionCategory.CONTACT, MADE.plusYears(5));
        assertThatCode(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p))).doesNotThrowAnyException();
    }

    @Test
    void acceptsStpoProhibitionUntilFurtherOrder() {
        var p = prohibition(ProhibitionCategory.LOCATION, null);
        assertThatCode(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p))).doesNotThrowAnyException();
    }

    @Test
    void refusesStroProhibitionOneDayShortOfTwoYears() {
        var p = prohibition(ProhibitionCategory.EMPLOYMENT, MADE.plusYears(2).minusDays(1));
        assertConflict(() -> OrderDurations.checkMade(OrderType.STRO, false, MADE, List.of(p)), "DURATION_BELOW_MINIMUM");
    }

    @Test
    void acceptsStroProhibitionOfExactlyTwoYears() {
        var p = prohibition(ProhibitionCategory.EMPLOYMENT, MADE.plusYears(2));
        assertThatCode(() -> OrderDurations.checkMade(OrderType.STRO, false, MADE, List.of(p))).doesNotThrowAnyException();
    }

    @Test
    void acceptsForeignTravelProhibitionOfExactlyFiveYears() {
        var p = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(5));
        assertThatCode(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p))).doesNotThrowAnyException();
        assertThatCode(() -> OrderDurations.checkMade(OrderType.STRO, false, MADE, List.of(p))).doesNotThrowAnyException();
    }

    @Test
    void refusesForeignTravelProhibitionOfFiveYearsAndOneDay() {
        var p = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(5).plusDays(1));
        assertConflict(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p)), "FOREIGN_TRAVEL_TOO_LONG");
    }

    @Test
    void acceptsShortForeignTravelProhibitionBecauseNoMinimumApplies() {
        var p = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusMonths(6));
        assertThatCode(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p))).doesNotThrowAnyException();
    }

    @Test
    void refusesForeignTravelProhibitionUntilFurtherOrder() {
        var p = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, null);
        assertConflict(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p)),
                "FOREIGN_TRAVEL_NEEDS_FIXED_PERIOD");
    }

    @Test
    void acceptsShortInterimOrderButNotOneWithoutFixedPeriod() {
        var shortOne = prohibition(ProhibitionCategory.CONTACT, MADE.plusMonths(3));
        assertThatCode(() -> OrderDurations.checkMade(OrderType.STPO, true, MADE, List.of(shortOne))).doesNotThrowAnyException();
        var open = prohibition(ProhibitionCategory.CONTACT, null);
        assertConflict(() -> OrderDurations.checkMade(OrderType.STPO, true, MADE, List.of(open)), "INTERIM_NEEDS_FIXED_PERIOD");
    }

    @Test
    void refusesProhibitionEndingBeforeTheOrderIsMade() {
        var p = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.minusDays(1));
        assertConflict(() -> OrderDurations.checkMade(OrderType.STPO, false, MADE, List.of(p)), "PERIOD_ENDS_BEFORE_START");
    }

    @Test
    void givesProhibitionsWithoutTheirOwnEndTheOrderExpiry() {
        var own = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(1));
        var open = prohibition(ProhibitionCategory.CONTACT, null);
        var resolved = OrderDurations.resolve(List.of(own, open), MADE.plusYears(6));
        assertThat(resolved).extracting(Prohibition::until).containsExactly(MADE.plusYears(1), MADE.plusYears(6));
        assertThat(OrderDurations.orderEnd(resolved)).isEqualTo(MADE.plusYears(6));
    }

    @Test
    void endsOrderUntilFurtherOrderWhenAnyProhibitionDoes() {
        var resolved = List.of(prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(1)),
                prohibition(ProhibitionCategory.CONTACT, null));
        assertThat(OrderDurations.orderEnd(resolved)).isNull();
    }

    @Test
    void renewsForeignTravelByExactlyFiveYears() {
        var p = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(5));
        assertThatCode(() -> OrderDurations.checkRenewal(p, p.until().plusYears(5))).doesNotThrowAnyException();
    }

    @Test
    void refusesForeignTravelRenewalByFiveYearsAndOneDay() {
        var p = prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(5));
        assertConflict(() -> OrderDurations.checkRenewal(p, p.until().plusYears(5).plusDays(1)), "RENEWAL_TOO_LONG");
    }

    @Test
    void refusesRenewalThatDoesNotExtend() {
        var p = prohibition(ProhibitionCategory.CONTACT, MADE.plusYears(5));
        assertConflict(() -> OrderDurations.checkRenewal(p, p.until()), "RENEWAL_NOT_LATER");
        var open = prohibition(ProhibitionCategory.CONTACT, null);
        assertConflict(() -> OrderDurations.checkRenewal(open, MADE.plusYears(9)), "RENEWAL_NOT_LATER");
    }

    @Test
    void refusesStpoDischargeOneDayBeforeFiveYearsWithoutConsent() {
        var p = List.of(prohibition(ProhibitionCategory.CONTACT, null));
        LocalDate day = MADE.plusYears(5).minusDays(1);
        assertThat(OrderDurations.dischargeNeedsConsent(OrderType.STPO, MADE, day, p)).isTrue();
        assertConflict(() -> OrderDurations.checkDischarge(OrderType.STPO, MADE, day, p, false, false), "DISCHARGE_CONSENT_REQUIRED");
        assertConflict(() -> OrderDurations.checkDischarge(OrderType.STPO, MADE, day, p, true, false), "DISCHARGE_CONSENT_REQUIRED");
        assertConflict(() -> OrderDurations.checkDischarge(OrderType.STPO, MADE, day, p, false, true), "DISCHARGE_CONSENT_REQUIRED");
    }

    @Test
    void dischargesStpoWithinFiveYearsWithBothConsents() {
        var p = List.of(prohibition(ProhibitionCategory.CONTACT, null));
        assertThatCode(() -> OrderDurations.checkDischarge(OrderType.STPO, MADE, MADE.plusYears(5).minusDays(1), p, true, true))
                .doesNotThrowAnyException();
    }

    @Test
    void dischargesStpoOnFifthAnniversaryWithoutConsent() {
        var p = List.of(prohibition(ProhibitionCategory.CONTACT, null));
        assertThat(OrderDurations.dischargeNeedsConsent(OrderType.STPO, MADE, MADE.plusYears(5), p)).isFalse();
        assertThatCode(() -> OrderDurations.checkDischarge(OrderType.STPO, MADE, MADE.plusYears(5), p, false, false))
                .doesNotThrowAnyException();
    }

    @Test
    void dischargesForeignTravelOnlyStpoEarlyWithoutConsent() {
        var p = List.of(prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(3)));
        assertThatCode(() -> OrderDurations.checkDischarge(OrderType.STPO, MADE, MADE.plusDays(10), p, false, false))
                .doesNotThrowAnyException();
    }

    @Test
    void needsConsentWhenForeignTravelIsMixedWithOtherProhibitions() {
        var p = List.of(prohibition(ProhibitionCategory.FOREIGN_TRAVEL, MADE.plusYears(3)),
                prohibition(ProhibitionCategory.CONTACT, null));
        assertThat(OrderDurations.dischargeNeedsConsent(OrderType.STPO, MADE, MADE.plusDays(10), p)).isTrue();
    }

    @Test
    void dischargesStroEarlyWithoutConsent() {
        var p = List.of(prohibition(ProhibitionCategory.CONTACT, null));
        assertThatCode(() -> OrderDurations.checkDischarge(OrderType.STRO, MADE, MADE.plusDays(1), p, false, false))
                .doesNotThrowAnyException();
    }
}
