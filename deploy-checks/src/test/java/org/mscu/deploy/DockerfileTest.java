package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each deployable module's image: Quarkus fast-jar layout, pinned base image, non-root user, container-aware JVM. */
class DockerfileTest {

    static Stream<String> modules() {
        return ServiceModule.deployableNames().stream();
    }

    static List<String> instructions(String module) {
        Path file = Repo.path(module).resolve("src/main/docker/Dockerfile.jvm");
        assertTrue(Files.isRegularFile(file), module + " has no src/main/docker/Dockerfile.jvm");
        return Repo.read(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void imageUsesTheFastJarLayoutAPinnedBaseAndANonRootUser(String module) {
        List<String> lines = instructions(module);
        String from = lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow();
        String image = from.substring(5).strip();
        assertTrue(image.matches("[^:@]+(:[^:]+|@sha256:[0-9a-f]{64})") && !image.endsWith(":latest"),
                module + ": base image must be pinned: " + image);
        for (String layer : List.of("target/quarkus-app/lib/ /deployments/lib/", "target/quarkus-app/*.jar /deployments/",
                "target/quarkus-app/app/ /deployments/app/", "target/quarkus-app/quarkus/ /deployments/quarkus/")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY --chown=185 " + layer)), module + ": COPY " + layer);
        }
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError(module + ": no USER: the image would run as root")).substring(5).strip();
        assertTrue(user.matches("\\d+") && !user.equals("0"), module + ": USER must be a numeric non-root uid, is " + user);
        assertTrue(lines.stream().anyMatch(l -> l.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")), module + ": runs quarkus-run.jar");
        assertTrue(lines.stream().anyMatch(l -> l.contains("-XX:MaxRAMPercentage=")), module + ": heap sized from the container limit");
        assertTrue(lines.stream().anyMatch(l -> l.contains("-XX:+ExitOnOutOfMemoryError")), module + ": exits on OOM");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("ENV ") && l.matches(".*(PASSWORD|SECRET).*")), module + ": no secrets in the image");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void kubernetesRunsTheImageAsTheUserItWasBuiltFor(String module) {
        String user = instructions(module).stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5).strip();
        for (String target : Kustomize.TARGETS) {
            JsonNode deployment = Objects.find(Kustomize.render(target), "Deployment", module).orElseThrow();
            assertEquals(user, deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asText(),
                    target + " " + module + ": runAsUser");
        }
    }
}
