package org.mscu.victim.policy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.PolicyPages;

/** docs/policies/victims.md is rendered from policy.yaml; this fails when the page is stale. */
class VictimPolicyPageTest {

    @Test
    void policyPageMatchesPolicyDocument() {
        PolicyPages.assertCurrent(Path.of("../docs/policies/victims.md"));
    }
}
