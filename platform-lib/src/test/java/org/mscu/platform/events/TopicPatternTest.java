package org.mscu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicPatternTest {

    @Test
    void matchesExactTypesAndWildcardsLikeTheBroker() {
        assertThat(TopicPattern.matches("referral.accepted", "referral.accepted")).isTrue();
        assertThat(TopicPattern.matches("referral.*", "referral.accepted")).isTrue();
        assertThat(TopicPattern.matches("referral.#", "referral.crime-recording.overdue")).isTrue();
        assertThat(TopicPattern.matches("#", "placement.started")).isTrue();
        assertThat(TopicPattern.matches("#.started", "placement.started")).isTrue();
    }

    @Test
    void refusesOtherTypes() {
        assertThat(TopicPattern.matches("referral.accepted", "referral.rejected")).isFalse();
        assertThat(TopicPattern.matches("referral.*", "referral.crime-recording.overdue")).isFalse();
        assertThat(TopicPattern.matches("referral.*", "referral")).isFalse();
        assertThat(TopicPattern.matches("placement.#", "referral.accepted")).isFalse();
    }
}
