package org.mscu.referral.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.crime.OverdueScan;
import org.mscu.referral.support.ReferralBodies;

/** Events reach the outbox in the same transaction as the change, without personal data. */
@QuarkusTest
class ReferralEventsTest {

    @Inject
    DataSource db;

    @Inject
    OverdueScan scan;

    private List<String> events(String referralId, String type) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT data::text FROM outbox_event WHERE subject = ? AND type = ?")) {
            s.setString(1, referralId);
            s.setString(2, type);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    @Test
    void publishesReceivedWithoutPersonalData() throws SQLException {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().person("contactPhone", ReferralBodies.phone()).build());
        List<String> received = events(id, "referral.received");
        assertEquals(1, received.size());
        assertTrue(received.get(0).contains("stop-the-traffik"));
        for (String personal : new String[] {"Testa", "Fictional", "Imaginary", "07700", "+447700", "narrative"}) {
            assertFalse(received.get(0).contains(personal), "event carries " + personal);
        }
    }

    @Test
    void publishesAcceptedOnAcceptance() throws SQLException {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        assertEquals(0, events(id, "referral.accepted").size());
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);
        assertEquals(1, events(id, "referral.accepted").size());
        assertEquals(0, events(id, "referral.no-further-action").size());
    }

    @Test
    void publishesNoFurtherActionWithItsReason() throws SQLException {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "NO_FURTHER_ACTION", "reason", "INVESTIGATION_NOT_PURSUED"))
                .then().statusCode(200);
        List<String> nfa = events(id, "referral.no-further-action");
        assertEquals(1, nfa.size());
        assertTrue(nfa.get(0).contains("INVESTIGATION_NOT_PURSUED"));
    }

    @Test
    void publishesNothingWhenTheChangeIsRefused() throws SQLException {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "NO_FURTHER_ACTION", "reason", "DUPLICATE"))
                .then().statusCode(409);
        assertEquals(0, events(id, "referral.no-further-action").size());
    }

    @Test
    void publishesCrimeRecordingOverdueOncePerReferral() throws SQLException {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAgo(Duration.ofHours(25)).build());
        scan.scan();
        scan.scan();
        List<String> overdue = events(id, "referral.crime-recording-overdue");
        assertEquals(1, overdue.size());
        assertTrue(overdue.get(0).contains(id));
        assertEquals(0, events(UUID.randomUUID().toString(), "referral.crime-recording-overdue").size());
    }
}
