package org.mscu.orders;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.PolicyPages;

/** docs/policies/orders.md is rendered from policy.yaml; this fails when it is stale (-Dmscu.policy.write-docs=true rewrites it). */
class PolicyPageTest {

    @Test
    void keepsThePolicyPageEqualToPolicyYaml() {
        PolicyPages.assertCurrent(Path.of("..", "docs", "policies", "orders.md"));
    }
}
