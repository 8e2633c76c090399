package org.mscu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void doublesTheDelayAfterEachFailure() {
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
    }
}
