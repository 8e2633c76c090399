package org.mscu.referral.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "6f1c2a3e-9a0b-4c1d-8e2f-3a4b5c6d7e8f";

    private static JsonNode data(Object... keyValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.put((String) keyValues[i], (String) keyValues[i + 1]);
        }
        return node;
    }

    @Test
    void overdueCrimeRecordingNamesTheReferralByReferenceAndLinksToIt() {
        Notice notice = Notice.of(NotificationType.CRIME_RECORDING_OVERDUE,
                data("referralId", ID, "reference", "MSR-2026-000123", "dueBy", "2026-03-02T10:00:00Z", "givenName", "Testa"));
        assertThat(notice.title()).isEqualTo("Crime recording overdue for referral MSR-2026-000123 (due 2026-03-02T10:00:00Z)");
        assertThat(notice.link()).isEqualTo("/api/v1/referrals/" + ID);
        assertThat(notice.references()).isEqualTo(Map.of("referralId", ID, "reference", "MSR-2026-000123"));
        assertThat(notice.agency()).isNull();
    }

    @Test
    void rotaGapLinksToTheCoverageOfItsWindow() {
        Notice notice = Notice.of(NotificationType.ROTA_GAP_DETECTED,
                data("gapId", ID, "from", "2026-03-02T22:00:00Z", "to", "2026-03-03T06:00:00Z"));
        assertThat(notice.title()).isEqualTo("No tactical advisor on call from 2026-03-02T22:00:00Z to 2026-03-03T06:00:00Z");
        assertThat(notice.link()).isEqualTo("/api/v1/tactical-advisors/coverage?from=2026-03-02T22:00:00Z&to=2026-03-03T06:00:00Z");
        assertThat(notice.references()).isEqualTo(Map.of("gapId", ID));
    }

    @Test
    void expiringOrderBelongsToItsApplicantAgency() {
        Notice notice = Notice.of(NotificationType.ORDER_EXPIRING,
                data("orderId", ID, "type", "STPO", "applicantAgency", "glaa", "expiresOn", "2026-06-30"));
        assertThat(notice.title()).isEqualTo("STPO expires on 2026-06-30");
        assertThat(notice.link()).isEqualTo("/api/v1/orders/" + ID);
        assertThat(notice.agency()).isEqualTo("glaa");
    }

    @Test
    void placementEndingSoonSaysNothingOfThePersonOrThePlace() {
        Notice notice = Notice.of(NotificationType.PLACEMENT_ENDING_SOON, data("placementId", ID, "victimRef", "VIC-42",
                "propertyId", "0e6c1d2b-1111-4c1d-8e2f-3a4b5c6d7e8f", "plannedTo", "2026-03-03", "requestedByAgency", "gmp"));
        assertThat(notice.title()).isEqualTo("Placement planned to end on 2026-03-03");
        assertThat(notice.link()).isEqualTo("/api/v1/placements/" + ID);
        assertThat(notice.references()).isEqualTo(Map.of("placementId", ID));
        assertThat(notice.agency()).isEqualTo("gmp");
    }

    @Test
    void refusesDataWithoutWhatTheTypeNeeds() {
        assertThatThrownBy(() -> Notice.of(NotificationType.ORDER_EXPIRING, data("type", "STPO", "expiresOn", "2026-06-30")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderId");
        assertThatThrownBy(() -> Notice.of(NotificationType.PLACEMENT_ENDING_SOON, data("placementId", "../../admin", "plannedTo", "2026-03-03")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placementId");
        assertThatThrownBy(() -> Notice.of(NotificationType.CRIME_RECORDING_OVERDUE,
                data("referralId", ID, "reference", "Testa Fictional", "dueBy", "2026-03-02T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> Notice.of(NotificationType.ORDER_EXPIRING,
                data("orderId", ID, "type", "STPO", "applicantAgency", "Some Agency <script>", "expiresOn", "2026-06-30")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicantAgency");
        assertThatThrownBy(() -> Notice.of(NotificationType.ROTA_GAP_DETECTED, JSON.createArrayNode()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
