package org.mscu.orders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscu.platform.problem.ProblemException;

class ApplicantRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"gmp", "immigration-enforcement", "glaa"})
    void letsEveryApplicantBodyApplyForStpo(String agency) {
        assertThatCode(() -> ApplicantRules.check(OrderType.STPO, OrderRoute.ON_APPLICATION, agency, null))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmp", "immigration-enforcement"})
    void letsPoliceAndImmigrationApplyForStro(String agency) {
        assertThatCode(() -> ApplicantRules.check(OrderType.STRO, OrderRoute.ON_APPLICATION, agency, null))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"glaa", "probation-service", "dwp"})
    void refusesStroApplicationFromOtherAgencies(String agency) {
        assertThatThrownBy(() -> ApplicantRules.check(OrderType.STRO, OrderRoute.ON_APPLICATION, agency, null))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.code()).isEqualTo("APPLICANT_NOT_PERMITTED");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"probation-service", "manchester-city-council"})
    void refusesStpoApplicationFromNonApplicantBodies(String agency) {
        assertThatThrownBy(() -> ApplicantRules.check(OrderType.STPO, OrderRoute.ON_APPLICATION, agency, null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("APPLICANT_NOT_PERMITTED"));
    }

    @Test
    void needsConvictionReferenceForStpoOnConviction() {
        assertThatThrownBy(() -> ApplicantRules.check(OrderType.STPO, OrderRoute.ON_CONVICTION, "gmp", " "))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.errors()).extracting("field").containsExactly("convictionReference");
                });
        assertThatCode(() -> ApplicantRules.check(OrderType.STPO, OrderRoute.ON_CONVICTION, "gmp", "CONV-0001"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesStroOnConviction() {
        assertThatThrownBy(() -> ApplicantRules.check(OrderType.STRO, OrderRoute.ON_CONVICTION, "gmp", "CONV-0001"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("ROUTE_NOT_PERMITTED"));
    }
}
