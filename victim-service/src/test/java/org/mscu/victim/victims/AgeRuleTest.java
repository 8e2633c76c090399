package org.mscu.victim.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeRuleTest {

    private static final LocalDate BORN = LocalDate.parse("2008-12-01");

    @Test
    void isAChildTheDayBeforeTheEighteenthBirthday() {
        assertThat(AgeRule.isChild(BORN, LocalDate.parse("2026-11-30"))).isTrue();
    }

    @Test
    void isAnAdultOnTheEighteenthBirthday() {
        assertThat(AgeRule.isChild(BORN, LocalDate.parse("2026-12-01"))).isFalse();
    }

    @Test
    void anUnknownDateOfBirthIsTreatedAsAChild() {
        assertThat(AgeRule.isChild(null, LocalDate.parse("2026-12-01"))).isTrue();
    }
}
