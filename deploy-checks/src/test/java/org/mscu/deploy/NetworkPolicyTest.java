package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Default deny; the gateway reaches the services, and a service reaches another only where its configuration
 * names it; each service reaches only its database, the broker, Keycloak and the services it calls.
 */
class NetworkPolicyTest {

    static final List<String> TARGETS = Kustomize.TARGETS;

    @ParameterizedTest
    @FieldSource("TARGETS")
    void networkPoliciesDenyByDefaultAndAllowOnlyWhatTheArchitectureSays(String target) {
        assertEquals(List.of(), NetworkPolicyCheck.check(Kustomize.render(target)), "k8s/" + target);
    }

    @ParameterizedTest
    @FieldSource("TARGETS")
    void eachServiceReachesExactlyItsDatabaseTheBrokerKeycloakAndTheServicesItCalls(String target) {
        List<JsonNode> objects = Kustomize.render(target);
        Map<String, NetworkPolicyCheck.Pod> pods = NetworkPolicyCheck.pods(objects);
        List<JsonNode> policies = Objects.ofKind(objects, "NetworkPolicy");
        for (JsonNode deployment : Objects.ofKind(objects, "Deployment")) {
            if (!"api".equals(Objects.podLabels(deployment).get("app.kubernetes.io/component"))) {
                continue;
            }
            String database = NetworkPolicyCheck.database(objects, deployment);
            var out = NetworkPolicyCheck.reach(policies, pods, pods.get(Repo.id(deployment)), "Egress");
            java.util.Set<String> reached = new java.util.HashSet<>(java.util.Set.of(database, "RabbitmqCluster/rabbitmq", "Keycloak/keycloak"));
            reached.addAll(NetworkPolicyCheck.calls(objects, deployment));
            assertEquals(reached, out.pods(), Repo.id(deployment));
            assertEquals(java.util.Set.of("kube-system"), out.namespaces(), Repo.id(deployment) + " leaves the namespace only for DNS");
            var in = NetworkPolicyCheck.reach(policies, pods, pods.get(Repo.id(deployment)), "Ingress");
            java.util.Set<String> callers = new java.util.HashSet<>(java.util.Set.of("Deployment/gateway"));
            callers.addAll(NetworkPolicyCheck.callers(objects, Repo.id(deployment)));
            assertEquals(callers, in.pods(), Repo.id(deployment));
            assertTrue(in.addresses().isEmpty(), Repo.id(deployment));
        }
    }
}
