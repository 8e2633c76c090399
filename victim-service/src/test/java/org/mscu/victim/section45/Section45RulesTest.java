package org.mscu.victim.section45;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.platform.problem.ProblemException;
import org.mscu.victim.section45.Section45Rules.Consideration;

class Section45RulesTest {

    private static Consideration applicable(String compulsion, boolean excluded) {
        return new Consideration(List.of("cultivation of cannabis"), compulsion, excluded, Section45Status.APPLICABLE, null);
    }

    @Test
    void anAdultNeedsCompulsionDetailsForApplicable() {
        assertThatThrownBy(() -> Section45Rules.check(applicable(null, false), false))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(409);
                    org.assertj.core.api.Assertions.assertThat(p.code()).isEqualTo("COMPULSION_REQUIRED");
                });
        assertThatThrownBy(() -> Section45Rules.check(applicable("  ", false), false)).isInstanceOf(ProblemException.class);
    }

    @Test
    void anAdultWithCompulsionDetailsIsApplicable() {
        assertThatCode(() -> Section45Rules.check(applicable("threats against family", false), false)).doesNotThrowAnyException();
    }

    @Test
    void aChildIsApplicableWithoutCompulsion() {
        assertThatCode(() -> Section45Rules.check(applicable(null, false), true)).doesNotThrowAnyException();
    }

    @Test
    void anExcludedOffenceForbidsApplicableForAdultsAndChildren() {
        for (boolean child : new boolean[] {true, false}) {
            assertThatThrownBy(() -> Section45Rules.check(applicable("threats", true), child))
                    .isInstanceOfSatisfying(ProblemException.class,
                            p -> org.assertj.core.api.Assertions.assertThat(p.code()).isEqualTo("SCHEDULE_4_EXCLUDED"));
        }
    }

    @Test
    void anExcludedOffenceMayBeRecordedAsNotApplicable() {
        Consideration notApplicable = new Consideration(List.of("robbery"), null, true, Section45Status.NOT_APPLICABLE, null);
        assertThatCode(() -> Section45Rules.check(notApplicable, false)).doesNotThrowAnyException();
    }

    @Test
    void referredToCpsNeedsTheReferralInstant() {
        Consideration missing = new Consideration(List.of(), null, false, Section45Status.REFERRED_TO_CPS, null);
        assertThatThrownBy(() -> Section45Rules.check(missing, false))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(400);
                    org.assertj.core.api.Assertions.assertThat(p.errors()).extracting("field").containsExactly("cpsReferredAt");
                });
        Consideration given = new Consideration(List.of(), null, false, Section45Status.REFERRED_TO_CPS,
                Instant.parse("2026-12-01T10:00:00Z"));
        assertThatCode(() -> Section45Rules.check(given, false)).doesNotThrowAnyException();
    }
}
