package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every deployable module of the Maven build has a Deployment, a Service, a NetworkPolicy and a compose
 * entry, and they agree with the module's configuration: port, health paths, database, and environment
 * variables (nothing set that the module does not read; everything set whose default only works locally).
 */
class ConsistencyTest {

    static Stream<String> modules() {
        return ServiceModule.deployableNames().stream();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> modulesInEveryTarget() {
        return modules().flatMap(m -> Kustomize.TARGETS.stream().map(t -> org.junit.jupiter.params.provider.Arguments.of(m, t)));
    }

    static JsonNode compose() {
        return Repo.yaml(Repo.path("docker-compose.yml"));
    }

    @Test
    void theBuildHasTheFourServicesAndTheGateway() {
        assertTrue(ServiceModule.deployableNames().containsAll(List.of(
                "referral-service", "victim-service", "orders-service", "accommodation-service", "gateway")),
                "deployable modules: " + ServiceModule.deployableNames());
    }

    @ParameterizedTest
    @MethodSource("modulesInEveryTarget")
    void kubernetesManifestsAgreeWithTheModuleConfiguration(String name, String target) {
        ServiceModule module = ServiceModule.load(name);
        List<JsonNode> objects = Kustomize.render(target);
        JsonNode deployment = Objects.find(objects, "Deployment", name)
                .orElseThrow(() -> new AssertionError(target + ": no Deployment " + name));
        assertTrue(Objects.find(objects, "Service", name).isPresent(), target + ": no Service " + name);
        assertTrue(Objects.ofKind(objects, "NetworkPolicy").stream().anyMatch(p ->
                        name.equals(p.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())),
                target + ": no NetworkPolicy of " + name + "'s own");

        List<JsonNode> containers = Objects.containers(deployment);
        assertEquals(1, containers.size(), name + " runs one container");
        JsonNode container = containers.get(0);
        int containerPort = container.path("ports").path(0).path("containerPort").asInt();
        assertEquals(module.port(), containerPort, name + ": containerPort vs quarkus.http.port");
        Map<String, String> env = Objects.environment(objects, container);
        if (env.containsKey("HTTP_PORT")) {
            assertEquals(String.valueOf(module.port()), env.get("HTTP_PORT"), name + ": HTTP_PORT");
        }
        assertEquals(module.startedPath(), container.path("startupProbe").path("httpGet").path("path").asText(), name + " startupProbe");
        assertEquals(module.livePath(), container.path("livenessProbe").path("httpGet").path("path").asText(), name + " livenessProbe");
        assertEquals(module.readyPath(), container.path("readinessProbe").path("httpGet").path("path").asText(), name + " readinessProbe");
        assertEnvironment(module, env.keySet(), target + " " + name);

        if (module.database() != null) {
            String db = module.database();
            assertTrue(env.getOrDefault("DB_URL", "").matches("jdbc:postgresql://" + db + "-db-rw:5432/" + db),
                    name + ": DB_URL must point at the Cluster " + db + "-db, database " + db + ": " + env.get("DB_URL"));
            assertEquals(db, env.get("DB_USER"), name + ": DB_USER is the application role");
            assertEquals(db + "_owner", env.get("DB_OWNER_USER"), name + ": DB_OWNER_USER is the owner role");
            JsonNode cluster = Objects.find(objects, "Cluster", db + "-db")
                    .orElseThrow(() -> new AssertionError(target + ": no CloudNativePG Cluster " + db + "-db"));
            JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
            assertEquals(db, initdb.path("database").asText(), db + "-db creates the database");
            assertEquals(db + "_owner", initdb.path("owner").asText(), db + "-db's owner role");
            boolean appRole = false;
            for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
                appRole |= role.path("name").asText().equals(db) && role.path("login").asBoolean();
            }
            assertTrue(appRole, db + "-db manages the application role " + db);
        }
        assertEquals(module.metricsPath(), Objects.ofKind(objects, "ServiceMonitor").get(0)
                .path("spec").path("endpoints").path(0).path("path").asText(), "ServiceMonitor path");
        assertUpstreams(module, env, "k8s/" + target + " " + name);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void composeEntryAgreesWithTheModuleConfiguration(String name) {
        ServiceModule module = ServiceModule.load(name);
        JsonNode service = compose().path("services").path(name);
        assertFalse(service.isMissingNode(), "docker-compose.yml has no service " + name);
        assertEquals("./" + name, service.path("build").path("context").asText(), name + " build context");
        assertEquals("src/main/docker/Dockerfile.jvm", service.path("build").path("dockerfile").asText(), name + " Dockerfile");
        Map<String, String> env = new LinkedHashMap<>();
        service.path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        assertEquals(String.valueOf(module.port()), env.get("HTTP_PORT"), name + ": HTTP_PORT");
        assertTrue(service.path("healthcheck").path("test").toString().contains(":" + module.port() + module.readyPath()),
                name + ": the health check must ask " + module.readyPath() + " on port " + module.port());
        assertEnvironment(module, env.keySet(), "docker-compose " + name);
        if (module.database() != null) {
            String db = module.database();
            assertTrue(env.getOrDefault("DB_URL", "").endsWith("/" + db), name + ": DB_URL names database " + db);
            assertEquals(db, env.get("DB_USER"), name + ": DB_USER");
            assertEquals(db + "_owner", env.get("DB_OWNER_USER"), name + ": DB_OWNER_USER");
        }
        assertUpstreams(module, env, "docker-compose " + name);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void dockerfileExposesTheModulePort(String name) {
        ServiceModule module = ServiceModule.load(name);
        String dockerfile = Repo.read(module.dir().resolve("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.lines().anyMatch(l -> l.strip().equals("EXPOSE " + module.port())), name + ": EXPOSE " + module.port());
    }

    @Test
    void nothingIsDeployedThatTheBuildDoesNotHave() {
        Set<String> modules = new LinkedHashSet<>(ServiceModule.deployableNames());
        compose().path("services").fields().forEachRemaining(e -> {
            if (e.getValue().has("build")) {
                assertTrue(modules.contains(e.getKey()), "docker-compose builds " + e.getKey() + ", which is not a module");
            }
        });
        for (String target : Kustomize.TARGETS) {
            for (JsonNode deployment : Objects.ofKind(Kustomize.render(target), "Deployment")) {
                if (Objects.isMscuApp(Objects.podLabels(deployment))) {
                    assertTrue(modules.contains(Objects.name(deployment)), target + " deploys " + Objects.name(deployment) + ", which is not a module");
                }
            }
        }
    }

    @Test
    void keycloakIsTheSameVersionInComposeAndKubernetes() {
        String composeImage = compose().path("services").path("keycloak").path("image").asText();
        for (String target : Kustomize.TARGETS) {
            JsonNode keycloak = Objects.ofKind(Kustomize.render(target), "Keycloak").get(0);
            assertEquals(composeImage, keycloak.path("spec").path("image").asText(), target + ": Keycloak image");
        }
        assertTrue(composeImage.endsWith(":26.5.6"), composeImage);
    }

    private static void assertEnvironment(ServiceModule module, Set<String> names, String where) {
        assertEquals(List.of(), ConsistencyCheck.environment(module, names, where));
    }

    private static final Pattern UPSTREAM = Pattern.compile("http://([a-z0-9-]+):(\\d+)/?");

    /** *_SERVICE_URL variables point at the module of that name on its port. */
    private static void assertUpstreams(ServiceModule module, Map<String, String> env, String where) {
        for (var entry : env.entrySet()) {
            if (!entry.getKey().endsWith("_SERVICE_URL")) {
                continue;
            }
            String target = entry.getKey().replaceFirst("_URL$", "").toLowerCase().replace('_', '-');
            assertTrue(ServiceModule.deployableNames().contains(target), where + ": " + entry.getKey() + " names no module " + target);
            Matcher matcher = UPSTREAM.matcher(entry.getValue());
            assertTrue(matcher.matches(), where + ": " + entry.getKey() + " = " + entry.getValue());
            assertEquals(target, matcher.group(1), where + ": " + entry.getKey() + " host");
            assertEquals(ServiceModule.load(target).port(), Integer.parseInt(matcher.group(2)), where + ": " + entry.getKey() + " port");
        }
        assertNotNull(module.name());
    }
}
