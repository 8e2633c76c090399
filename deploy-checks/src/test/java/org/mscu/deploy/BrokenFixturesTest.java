package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks can fail: each deliberately broken fixture in src/test/resources/broken/ is run through the
 * same checker the real manifests pass, and the checker must report exactly that breakage.
 */
class BrokenFixturesTest {

    static List<JsonNode> fixture(String name) {
        return Repo.classpathYaml("broken/" + name);
    }

    static void assertReported(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a problem mentioning '" + expected + "', got " + problems);
    }

    @Test
    void misspeltFieldFailsTheSchemaCheck() {
        List<String> problems = KubernetesSchemaCheck.check(fixture("misspelt-field.yaml"));
        assertReported(problems, "unknown field spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem");
    }

    @Test
    void valueOfTheWrongTypeFailsTheSchemaCheck() {
        List<String> problems = KubernetesSchemaCheck.check(fixture("wrong-type.yaml"));
        assertReported(problems, "does not match the Kubernetes schema");
        assertReported(problems, "containerPort");
    }

    @Test
    void misspeltFieldInACustomResourceFailsItsOperatorSchema() {
        List<String> problems = KubernetesSchemaCheck.check(fixture("misspelt-cluster.yaml"));
        assertReported(problems, "instance");
        assertReported(problems, "retentionPolicy");
    }

    @Test
    void misspeltFieldInAServiceMonitorFailsThePrometheusOperatorModel() {
        List<String> problems = KubernetesSchemaCheck.check(fixture("misspelt-servicemonitor.yaml"));
        assertReported(problems, "unknown field spec.endpoints[0].pth");
    }

    @Test
    void deploymentWithoutAReadinessProbeFailsTheWorkloadCheck() {
        List<JsonNode> objects = new ArrayList<>(Kustomize.render("overlays/dev"));
        objects.removeIf(o -> Repo.id(o).equals("Deployment/referral-service"));
        objects.addAll(fixture("missing-probe.yaml"));
        List<String> problems = WorkloadCheck.check(objects);
        assertReported(problems, "Deployment/referral-service container referral-service: has no readinessProbe");
    }

    @Test
    void networkPolicyThatLetsEverythingInFailsTheNetworkPolicyCheck() {
        List<JsonNode> objects = new ArrayList<>(Kustomize.render("overlays/dev"));
        objects.addAll(fixture("open-networkpolicy.yaml"));
        List<String> problems = NetworkPolicyCheck.check(objects);
        assertReported(problems, "NetworkPolicy/referral-service-open ingress[0]: has no `from`, which lets everything in");
        assertReported(problems, "Deployment/referral-service: must be reachable from [Deployment/gateway, Deployment/victim-service] alone");
    }

    @Test
    void serviceToServiceAndForeignDatabaseAccessFailTheNetworkPolicyCheck() {
        List<JsonNode> objects = new ArrayList<>(Kustomize.render("overlays/dev"));
        objects.addAll(fixture("networkpolicy-service-to-service.yaml"));
        List<String> problems = NetworkPolicyCheck.check(objects);
        assertReported(problems, "Deployment/referral-service: must be reachable from [Deployment/gateway, Deployment/victim-service] alone"
                + " (the gateway, and the services whose *_SERVICE_URL names it), but is reachable from"
                + " [Deployment/gateway, Deployment/victim-service, Deployment/orders-service]");
        assertReported(problems, "Deployment/referral-service: may reach only its database, the broker, Keycloak and the services it calls,"
                + " but also reaches [Cluster/victims-db]");
    }

    @Test
    void withoutTheDefaultDenyTheNetworkPolicyCheckFails() {
        List<JsonNode> objects = new ArrayList<>(Kustomize.render("overlays/dev"));
        objects.removeIf(o -> Repo.id(o).equals("NetworkPolicy/default-deny-all"));
        assertReported(NetworkPolicyCheck.check(objects), "no default-deny NetworkPolicy");
    }

    @Test
    void misspeltComposeKeyFailsTheComposeSpecification() {
        JsonNode compose = fixture("compose-misspelt.yml").get(0);
        assertReported(ComposeCheck.check(compose), "intervall");
    }

    @Test
    void misspeltComposeKeyFailsDockerComposeConfig() {
        var problems = ComposeCheck.dockerComposeConfig(Repo.path("deploy-checks/src/test/resources/broken/compose-misspelt.yml"));
        org.junit.jupiter.api.Assumptions.assumeTrue(problems.isPresent(), "docker-compose (Debian package) is not installed");
        assertReported(problems.get(), "intervall");
    }

    @Test
    void publishedServiceAndUnhealthyDependencyFailTheComposeCheck() {
        List<String> problems = ComposeCheck.check(fixture("compose-published-service.yml").get(0));
        assertReported(problems, "services.referral-service: publishes ports");
        assertReported(problems, "services.referral-service: must wait for postgres to be healthy, not 'service_started'");
    }

    @Test
    void misspeltOrMissingEnvironmentVariableFailsTheConsistencyCheck() {
        ServiceModule module = ServiceModule.load("referral-service");
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Repo.yaml(Repo.path("docker-compose.yml")).path("services").path("referral-service").path("environment")
                .fieldNames().forEachRemaining(names::add);
        assertTrue(ConsistencyCheck.environment(module, names, "compose").isEmpty(), "the real entry is consistent");
        names.remove("DB_PASSWORD");
        names.add("DB_PASWORD");
        names.remove("DB_URL");
        List<String> problems = ConsistencyCheck.environment(module, names, "compose");
        assertReported(problems, "does not read (misspelt?): [DB_PASWORD]");
        assertReported(problems, "leaves variables at their local-only defaults: [DB_URL]");
    }
}
