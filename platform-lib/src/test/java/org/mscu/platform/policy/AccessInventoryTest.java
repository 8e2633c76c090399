package org.mscu.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessInventoryTest {

    @Inject
    AccessInventory inventory;

    @Test
    void findsEveryAnnotatedResourceMethodIncludingThePlatformsOwn() {
        assertThat(inventory.points()).contains(
                new AccessPoint("sample", "create", "SampleResource.create"),
                new AccessPoint("sample", "read", "ProbeResource.conflict"),
                new AccessPoint("audit", "verify", "AuditResource.verifyAuditChain"));
    }

    @Test
    void listsApiMethodsWithoutAccessAnnotation() {
        assertThat(inventory.unannotated()).containsExactly("SampleResource.forgotten");
    }
}
