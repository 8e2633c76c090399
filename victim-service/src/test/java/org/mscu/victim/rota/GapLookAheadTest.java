package org.mscu.victim.rota;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Db;

@QuarkusTest
class GapLookAheadTest {

    @Inject
    GapLookAhead lookAhead;

    @Inject
    AgroalDataSource dataSource;

    private static Instant at(Instant base, int hours) {
        return base.plus(Duration.ofHours(hours));
    }

    @Test
    void publishesEachNewGapInTheNextSeventyTwoHoursOnce() {
        Instant week = Api.freshRotaWeek();
        String advisor = Api.advisor();
        Api.shift(advisor, week, at(week, 10));
        Api.shift(advisor, at(week, 12), at(week, 24));
        Api.shift(advisor, at(week, 24), at(week, 48));
        Api.shift(advisor, at(week, 48), at(week, 72));
        Api.shift(advisor, at(week, 72), at(week, 96));

        assertThat(lookAhead.run(week)).containsExactly(new TimeWindow(at(week, 10), at(week, 12)));
        assertThat(lookAhead.run(week)).isEmpty();
        assertThat(Db.eventsOfType("rota.gap-detected")).filteredOn(e -> e.data().contains(at(week, 10).toString()))
                .singleElement().satisfies(e -> assertThat(e.data()).contains(at(week, 12).toString()).contains("\"minutes\": 120"));
        assertThat(lookAhead.run(at(week, 11))).as("the same gap, still running").isEmpty();
    }

    @Test
    void aTrailingGapIsPublishedOnceAsTheWindowMovesOn() {
        Instant week = Api.freshRotaWeek();
        Api.shift(Api.advisor(), week, at(week, 24));

        assertThat(lookAhead.run(week)).containsExactly(new TimeWindow(at(week, 24), at(week, 72)));
        assertThat(lookAhead.run(at(week, 1))).isEmpty();
    }

    @Test
    void aGapOpenedLaterIsPublishedWhenItAppears() {
        Instant week = Api.freshRotaWeek();
        String advisor = Api.advisor();
        Api.shift(advisor, week, at(week, 24));
        Api.shift(advisor, at(week, 24), at(week, 48));
        Api.shift(advisor, at(week, 50), at(week, 74));

        assertThat(lookAhead.run(week)).containsExactly(new TimeWindow(at(week, 48), at(week, 50)));
        assertThat(lookAhead.run(at(week, 2))).as("the window ends where the last shift ends").isEmpty();
        assertThat(lookAhead.run(at(week, 4))).containsExactly(new TimeWindow(at(week, 74), at(week, 76)));
    }

    @Test
    void skipsTheRunWhileAnotherReplicaHoldsTheJobLock() throws Exception {
        Instant week = Api.freshRotaWeek();
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            statement.execute("select pg_advisory_lock(" + GapLookAhead.LOCK_ID + ")");
            try {
                assertThat(lookAhead.run(week)).isEmpty();
            } finally {
                statement.execute("select pg_advisory_unlock(" + GapLookAhead.LOCK_ID + ")");
            }
        }
        assertThat(lookAhead.run(week)).containsExactly(new TimeWindow(week, at(week, 72)));
    }
}
