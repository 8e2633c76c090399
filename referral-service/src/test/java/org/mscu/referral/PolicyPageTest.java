package org.mscu.referral;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.PolicyPages;

@QuarkusTest
class PolicyPageTest {

    @Test
    void policyPageMatchesPolicyDocument() {
        PolicyPages.assertCurrent(Path.of("..", "docs", "policies", "referrals.md"));
    }
}
