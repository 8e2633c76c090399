package org.mscu.platform.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.platform.problem.ProblemException;

class QueryParamsTest {

    enum Colour { RED, GREEN }

    @Test
    void absentValuesAreNull() {
        assertThat(QueryParams.instant("from", null)).isNull();
        assertThat(QueryParams.date("on", " ")).isNull();
        assertThat(QueryParams.uuid("id", "")).isNull();
        assertThat(QueryParams.enumOf(Colour.class, "colour", null)).isNull();
        assertThat(QueryParams.integer("n", null)).isNull();
        assertThat(QueryParams.bool("b", null)).isNull();
        assertThat(QueryParams.enumSet(Colour.class, "colours", null)).isEmpty();
    }

    @Test
    void parsesWellFormedValues() {
        assertThat(QueryParams.instant("from", "2026-11-29T09:30:00+01:00")).isEqualTo(Instant.parse("2026-11-29T08:30:00Z"));
        assertThat(QueryParams.requiredDate("on", "2026-11-29")).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(QueryParams.enumSet(Colour.class, "colours", List.of("RED,GREEN", "RED"))).containsExactly(Colour.RED, Colour.GREEN);
        assertThat(QueryParams.integer("n", "7", 1, 10)).isEqualTo(7);
        assertThat(QueryParams.bool("b", "false")).isFalse();
    }

    @Test
    void malformedValuesAreProblemsNamingTheParameter() {
        assertInvalid(() -> QueryParams.instant("from", "yesterday"), "from");
        assertInvalid(() -> QueryParams.date("on", "29/11/2026"), "on");
        assertInvalid(() -> QueryParams.uuid("referralId", "42"), "referralId");
        assertInvalid(() -> QueryParams.enumOf(Colour.class, "colour", "BLUE"), "colour");
        assertInvalid(() -> QueryParams.integer("n", "11", 1, 10), "n");
        assertInvalid(() -> QueryParams.bool("b", "yes"), "b");
        assertInvalid(() -> QueryParams.requiredInstant("at", null), "at");
    }

    private static void assertInvalid(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(field));
                });
    }
}
