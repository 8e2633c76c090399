package org.mscu.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditEntry entry(String justification) {
        return new AuditEntry(UUID.randomUUID(), 0, Instant.parse("2026-11-29T09:30:00.123456Z"),
                AuditOperation.CONSULTATION, "referral", "r-1", "sub", "coordinator", "gmp", List.of("coordinator"),
                "mscu-cli", justification, null, null, null, null, null);
    }

    @Test
    void chainsEachEntryToThePreviousHash() {
        AuditEntry first = entry("rule-a").chained(1, AuditChain.GENESIS);
        AuditEntry second = entry("rule-b").chained(2, first.hash());

        assertThat(AuditVerifier.brokenLink(first, 1, AuditChain.GENESIS)).isNull();
        assertThat(AuditVerifier.brokenLink(second, 2, first.hash())).isNull();
        assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
    }

    @Test
    void namesChangedContent() {
        AuditEntry original = entry("rule-a").chained(1, AuditChain.GENESIS);
        AuditEntry forged = new AuditEntry(original.id(), 1, original.recordedAt(), original.operation(),
                original.resourceType(), original.resourceId(), original.subject(), "someone-else", original.agency(),
                original.roles(), original.clientId(), original.justification(), null, null, null,
                original.previousHash(), original.hash());
        assertThat(AuditVerifier.brokenLink(forged, 1, AuditChain.GENESIS)).isEqualTo("content does not match its hash");
    }

    @Test
    void namesARemovedEntry() {
        AuditEntry first = entry("rule-a").chained(1, AuditChain.GENESIS);
        AuditEntry third = entry("rule-c").chained(3, "f".repeat(64));
        assertThat(AuditVerifier.brokenLink(third, 2, first.hash())).isEqualTo("entry 2 is missing");
    }

    @Test
    void namesAReplacedPredecessor() {
        AuditEntry second = entry("rule-b").chained(2, "e".repeat(64));
        assertThat(AuditVerifier.brokenLink(second, 2, "d".repeat(64))).isEqualTo("previous hash does not match entry 1");
    }

    @Test
    void sanitisesThePurposeHeader() {
        assertThat(AuditLog.sanitise(" case\u0000 review\n\n now ")).isEqualTo("case review now");
        assertThat(AuditLog.sanitise("\t \u200b")).isNull();
        assertThat(AuditLog.sanitise("x".repeat(500))).hasSize(200);
    }
}
