package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders k8s/ with `kubectl kustomize` (the kustomize built into kubectl), once per directory per run. */
public final class Kustomize {

    /** What the checks render: the base and every overlay. */
    public static final List<String> TARGETS = List.of("base", "overlays/dev", "overlays/prod");
    public static final List<String> OVERLAYS = List.of("overlays/dev", "overlays/prod");

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    public static List<JsonNode> render(String target) {
        return RENDERED.computeIfAbsent(target, Kustomize::run);
    }

    public static String kubectl() {
        for (String candidate : List.of(System.getenv().getOrDefault("KUBECTL", ""), "/usr/bin/kubectl", "/usr/local/bin/kubectl")) {
            if (!candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "kubectl"))) {
                return Path.of(dir, "kubectl").toString();
            }
        }
        throw new IllegalStateException("kubectl is not installed: the k8s/ checks need `kubectl kustomize` "
                + "(install kubectl, or point the KUBECTL environment variable at it)");
    }

    private static List<JsonNode> run(String target) {
        Path dir = Repo.path("k8s").resolve(target);
        try {
            Process process = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                    .redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + target + " did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize k8s/" + target + " failed: "
                        + new String(err, StandardCharsets.UTF_8));
            }
            return List.copyOf(Repo.yamlDocuments(new String(out, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("Could not run kubectl kustomize: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
