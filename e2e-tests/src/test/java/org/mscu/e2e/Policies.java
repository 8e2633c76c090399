package org.mscu.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.Map;
import org.mscu.platform.policy.PolicyEngine;
import org.mscu.platform.policy.PolicyLoader;

/**
 * The access policy of each service, read from its source ({@code <service>/src/main/resources/policy.yaml})
 * and evaluated by the platform's policy engine: the expectations of the access matrix come from these
 * documents, not from anything written again in the tests.
 */
final class Policies {

    private static final Map<Service, PolicyEngine> ENGINES = new EnumMap<>(Service.class);

    private Policies() {
    }

    static synchronized PolicyEngine of(Service service) {
        return ENGINES.computeIfAbsent(service, key -> new PolicyEngine(
                PolicyLoader.fromFile(Platform.projectRoot().resolve(key.audience()).resolve("src/main/resources/policy.yaml")),
                new ObjectMapper()));
    }
}
