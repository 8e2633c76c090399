package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The compose file: valid against the Compose Specification's JSON schema (and, where Debian's
 * docker-compose is installed, by `docker-compose config`); only the allowed services publish ports; every
 * service has a health check and waits for its dependencies to be healthy; the images built from this
 * repository run read-only with no capabilities.
 */
public final class ComposeCheck {

    /** The only services whose ports reach the host. */
    public static final Set<String> PUBLISHED = Set.of("gateway", "keycloak");

    private static JsonSchema schema;

    private ComposeCheck() {
    }

    public static List<String> check(JsonNode compose) {
        List<String> problems = new ArrayList<>(schemaProblems(compose));
        JsonNode services = compose.path("services");
        if (services.isEmpty()) {
            problems.add("declares no services");
        }
        services.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            if (service.has("ports") && !PUBLISHED.contains(name)) {
                problems.add("services." + name + ": publishes ports, but only " + PUBLISHED + " may");
            }
            if (service.path("network_mode").asText().equals("host")) {
                problems.add("services." + name + ": uses the host network");
            }
            JsonNode test = service.path("healthcheck").path("test");
            if (test.isMissingNode() || test.isEmpty() || test.path(0).asText().equals("NONE")
                    || service.path("healthcheck").path("disable").asBoolean(false)) {
                problems.add("services." + name + ": has no health check");
            }
            JsonNode dependsOn = service.path("depends_on");
            if (dependsOn.isArray()) {
                problems.add("services." + name + ": depends_on must name a condition for each dependency");
            }
            dependsOn.fields().forEachRemaining(dependency -> {
                String condition = dependency.getValue().path("condition").asText();
                if (!Set.of("service_healthy", "service_completed_successfully").contains(condition)) {
                    problems.add("services." + name + ": must wait for " + dependency.getKey() + " to be healthy, not '" + condition + "'");
                }
                if (!services.has(dependency.getKey())) {
                    problems.add("services." + name + ": depends on " + dependency.getKey() + ", which is not a service");
                } else if (condition.equals("service_healthy") && services.path(dependency.getKey()).path("healthcheck").isMissingNode()) {
                    problems.add("services." + name + ": waits for " + dependency.getKey() + " to be healthy, but it has no health check");
                }
            });
            if (service.has("build")) {
                if (!service.path("read_only").asBoolean(false)) {
                    problems.add("services." + name + ": must run with read_only: true");
                }
                boolean dropsAll = false;
                for (JsonNode capability : service.path("cap_drop")) {
                    dropsAll |= capability.asText().equals("ALL");
                }
                if (!dropsAll) {
                    problems.add("services." + name + ": must drop ALL capabilities");
                }
                boolean tmp = false;
                for (JsonNode mount : service.path("tmpfs")) {
                    tmp |= mount.asText().startsWith("/tmp");
                }
                if (!tmp) {
                    problems.add("services." + name + ": a read-only container needs a tmpfs at /tmp");
                }
                if (service.path("privileged").asBoolean(false)) {
                    problems.add("services." + name + ": must not be privileged");
                }
            }
        });
        return problems;
    }

    public static List<String> schemaProblems(JsonNode compose) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema().validate(compose)) {
            problems.add("compose specification: " + message.getMessage());
        }
        return problems;
    }

    private static synchronized JsonSchema schema() {
        if (schema == null) {
            // The spec's formats (duration "10s", ports "8080:8080", ...) are its own, not JSON Schema's.
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
            JsonNode spec = Repo.classpathJson("schemas/compose-spec.json");
            dropDraft4Ids(spec);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(spec, config);
        }
        return schema;
    }

    /**
     * The spec still carries draft-04 style {@code "id": "#/..."} annotations beside its 2019-09 {@code $schema};
     * they identify nothing and the 2019-09 validator has no keyword for them, so they are dropped.
     */
    private static void dropDraft4Ids(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            if (object.path("id").isTextual()) {
                object.remove("id");
            }
            object.forEach(ComposeCheck::dropDraft4Ids);
        } else if (node.isArray()) {
            node.forEach(ComposeCheck::dropDraft4Ids);
        }
    }

    /** `docker-compose config -q` on the file; empty if Debian's docker-compose is not installed. */
    public static Optional<List<String>> dockerComposeConfig(Path file) {
        Optional<Path> binary = Optional.empty();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "docker-compose"))) {
                binary = Optional.of(Path.of(dir, "docker-compose"));
                break;
            }
        }
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(binary.get().toString(), "-f", file.toString(), "config", "-q")
                    .directory(file.getParent().toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of(List.of("docker-compose config did not finish in 60 s"));
            }
            return Optional.of(process.exitValue() == 0 ? List.of() : List.of("docker-compose config: " + output.strip()));
        } catch (IOException e) {
            return Optional.of(List.of("docker-compose config could not run: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
