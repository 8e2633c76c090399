package org.mscu.accommodation.placement;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Db;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

/** The scheduled job, called directly: starts planned placements and announces ending ones, once. */
@QuarkusTest
class PlacementLifecycleTest {

    @Inject
    PlacementLifecycle lifecycle;

    @Inject
    Db db;

    @Inject
    AgroalDataSource dataSource;

    private long events(String type, String placementId) {
        return db.count(OutboxRows.COUNT, type, placementId);
    }

    @Test
    void startsAPlannedPlacementWhoseFirstNightHasComeAndPublishesStarted() {
        CreatedProperty property = Fixtures.property().create();
        String id = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), Api.today().plusDays(1), null))
                .getString("id");
        assertTrue(lifecycle.runOnce().ran());
        Api.as(Persona.HOUSING_OFFICER).get("/api/v1/placements/" + id).then().body("status", equalTo("PLANNED"));
        assertEquals(0, events(PlacementEvents.STARTED, id));

        // the calendar moves on: its first night is today
        db.execute("UPDATE placement SET starts_on = starts_on - 1, planned_to = planned_to - 1 WHERE id = ?", UUID.fromString(id));
        assertTrue(lifecycle.runOnce().started() >= 1);
        Api.as(Persona.HOUSING_OFFICER).get("/api/v1/placements/" + id).then().body("status", equalTo("ACTIVE"));
        assertEquals(1, events(PlacementEvents.STARTED, id));
        lifecycle.runOnce();
        assertEquals(1, events(PlacementEvents.STARTED, id));
    }

    @Test
    void aPlacementStartingTodayPublishesStartedAtOnce() {
        CreatedProperty property = Fixtures.property().create();
        String id = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), Api.today(), null)).getString("id");
        assertEquals(1, events(PlacementEvents.STARTED, id));
    }

    @Test
    void announcesAnActivePlacementEndingTomorrowOncePerPlannedEnd() {
        CreatedProperty property = Fixtures.property().create();
        String id = Fixtures.place(Persona.HOUSING_OFFICER,
                Fixtures.placementIn(property.bed(), Api.today(), Api.today().plusDays(1))).getString("id");
        String later = Fixtures.place(Persona.HOUSING_OFFICER,
                Fixtures.placementIn(Fixtures.property().create().bed(), Api.today(), Api.today().plusDays(2))).getString("id");
        lifecycle.runOnce();
        lifecycle.runOnce();
        assertEquals(1, events(PlacementEvents.ENDING_SOON, id));
        assertEquals(0, events(PlacementEvents.ENDING_SOON, later));

        long version = Api.as(Persona.HOUSING_OFFICER).get("/api/v1/placements/" + id).then().extract().jsonPath().getLong("version");
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"" + version + "\"")
                .body(Map.of("plannedTo", Api.today().plusDays(2).toString(), "reason", "Awaiting NRM decision"))
                .post("/api/v1/placements/" + id + "/extension").then().statusCode(200);
        lifecycle.runOnce();
        assertEquals(1, events(PlacementEvents.ENDING_SOON, id), "the new planned end is not near yet");

        // a day later the extended end is near: announced again, once
        db.execute("UPDATE placement SET starts_on = starts_on - 1, planned_to = planned_to - 1,"
                + " ending_soon_sent_for = ending_soon_sent_for - 1 WHERE id = ?", UUID.fromString(id));
        lifecycle.runOnce();
        lifecycle.runOnce();
        assertEquals(2, events(PlacementEvents.ENDING_SOON, id));
    }

    @Test
    void endingAPlacementPublishesEnded() {
        CreatedProperty property = Fixtures.property().create();
        String id = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), Api.today(), null)).getString("id");
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"")
                .body(Map.of("endedAt", java.time.Instant.now().toString(), "outcome", "MOVED_ON"))
                .post("/api/v1/placements/" + id + "/end").then().statusCode(200);
        assertEquals(1, events(PlacementEvents.ENDED, id));
        assertEquals(0, db.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND data::text LIKE '%Example Row%'", id),
                "events never carry the address");
    }

    @Test
    void skipsTheRunWhileAnotherReplicaHoldsTheLock() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, PlacementLifecycle.LOCK_ID);
                lock.execute();
            }
            assertFalse(lifecycle.runOnce().ran());
            other.rollback();
        }
        assertTrue(lifecycle.runOnce().ran());
    }
}
