package org.mscu.e2e;

import java.util.List;

/** The audit endpoints every service has ({@code /api/v1/audit/<service>}), in the access matrix. */
final class AuditScenarios {

    private AuditScenarios() {
    }

    /** The two audit endpoints of a service whose policy document names it {@code policyName}. */
    static List<Scenario> of(Service service, String policyName) {
        String path = "/api/v1/audit/" + policyName;
        return List.of(
                Scenario.of(service, "GET", path, () -> Subject.at(path).query("limit", 5)),
                Scenario.of(service, "GET", path + "/verify", () -> Subject.at(path + "/verify")));
    }
}
