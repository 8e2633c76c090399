package org.mscu.referral.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class OverdueScanTest {

    @Inject
    OverdueScan scan;

    @Inject
    DataSource db;

    private long overdueEntries(String referralId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM referral_history WHERE referral_id = ? AND action = 'CRIME_RECORDING_OVERDUE'")) {
            s.setObject(1, UUID.fromString(referralId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void flagsANewlyOverdueReferralExactlyOnce() throws SQLException {
        String overdue = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAgo(Duration.ofHours(25)).build());
        String pending = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAgo(Duration.ofHours(23)).build());
        String recorded = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAgo(Duration.ofHours(26)).build());
        action(Persona.COORDINATOR, recorded, "crime-record", Map.of("crimeReference", "C-" + UUID.randomUUID()))
                .then().statusCode(200);

        assertTrue(scan.scan() >= 1);
        assertEquals(0, scan.scan(), "a second scan finds nothing new");

        assertEquals(1, overdueEntries(overdue));
        assertEquals(0, overdueEntries(pending));
        assertEquals(0, overdueEntries(recorded));
    }

    @Test
    void skipsTheScanWhileAnotherReplicaHoldsTheLock() throws SQLException {
        String overdue = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAgo(Duration.ofHours(25)).build());
        try (Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement s = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                s.setLong(1, OverdueScan.LOCK_ID);
                s.execute();
            }
            assertEquals(-1, scan.scan());
            assertEquals(0, overdueEntries(overdue));
            other.rollback();
        }
        assertTrue(scan.scan() >= 1);
        assertEquals(1, overdueEntries(overdue));
    }
}
