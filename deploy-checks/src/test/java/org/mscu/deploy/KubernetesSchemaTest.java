package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kubectl kustomize renders the base and every overlay, and every rendered object matches its schema. */
class KubernetesSchemaTest {

    static final List<String> TARGETS = Kustomize.TARGETS;
    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("TARGETS")
    void kustomizeRendersEveryTarget(String target) {
        List<JsonNode> objects = Kustomize.render(target);
        assertFalse(objects.isEmpty(), "k8s/" + target + " renders nothing");
    }

    @ParameterizedTest
    @FieldSource("TARGETS")
    void everyRenderedObjectValidatesAgainstItsSchema(String target) {
        List<String> problems = KubernetesSchemaCheck.check(Kustomize.render(target));
        assertEquals(List.of(), problems, "k8s/" + target + " has objects that do not match their schema");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyOverlayPutsEveryObjectIntoItsNamespace(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        JsonNode namespace = objects.stream().filter(o -> o.path("kind").asText().equals("Namespace")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " declares no Namespace"));
        String name = namespace.path("metadata").path("name").asText();
        for (JsonNode object : objects) {
            if (object != namespace) {
                assertEquals(name, object.path("metadata").path("namespace").asText(),
                        Repo.id(object) + " is not in the overlay's namespace");
            }
        }
        assertTrue(namespace.path("metadata").path("labels").has("pod-security.kubernetes.io/enforce"),
                "the namespace enforces no Pod Security Standard");
    }
}
