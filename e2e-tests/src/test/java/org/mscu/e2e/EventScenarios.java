package org.mscu.e2e;

import java.util.List;

/**
 * The dead-letter endpoints platform-lib gives every service ({@code /api/v1/events/<service>/dead-letters}),
 * in the access matrix. A replay names a consumer the service lists, when someone may list them.
 */
final class EventScenarios {

    private EventScenarios() {
    }

    static List<Scenario> of(Service service, String policyName) {
        String path = "/api/v1/events/" + policyName + "/dead-letters";
        return List.of(
                Scenario.of(service, "GET", path, () -> Subject.at(path)),
                Scenario.of(service, "POST", path + "/{consumer}/replay", () -> Subject.at(path + "/" + consumer(path) + "/replay")));
    }

    private static String consumer(String path) {
        var answer = Calls.send(Tokens.bearer(Persona.COORDINATOR), "GET", Subject.at(path));
        List<String> consumers = answer.statusCode() == 200 ? answer.jsonPath().getList("consumer") : List.of();
        return consumers == null || consumers.isEmpty() ? "no-consumer" : consumers.get(0);
    }
}
