package org.mscu.accommodation.policy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.PolicyPages;

/** docs/policies/accommodation.md is rendered from policy.yaml; regenerate with -Dmscu.policy.write-docs=true. */
class PolicyPageTest {

    @Test
    void policyPageMatchesThePolicyDocument() {
        PolicyPages.assertCurrent(Path.of("..", "docs", "policies", "accommodation.md"));
    }
}
