package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small queries over a list of rendered Kubernetes objects. */
public final class Objects {

    private Objects() {
    }

    public static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    public static Optional<JsonNode> find(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name(o).equals(name)).findFirst();
    }

    public static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    public static Map<String, String> labels(JsonNode labelsNode) {
        Map<String, String> labels = new LinkedHashMap<>();
        labelsNode.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    public static Map<String, String> podLabels(JsonNode deployment) {
        return labels(deployment.path("spec").path("template").path("metadata").path("labels"));
    }

    /** An MSCU application workload (a service or the gateway), as opposed to infrastructure such as Redis. */
    public static boolean isMscuApp(Map<String, String> labels) {
        return "mscu".equals(labels.get("app.kubernetes.io/part-of"))
                && List.of("api", "gateway").contains(labels.get("app.kubernetes.io/component"));
    }

    /** Kubernetes label-selector semantics (matchLabels and matchExpressions); an empty selector matches all. */
    public static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        var iterator = selector.path("matchLabels").fields();
        while (iterator.hasNext()) {
            var entry = iterator.next();
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static List<JsonNode> containers(JsonNode deployment) {
        List<JsonNode> containers = new ArrayList<>();
        deployment.path("spec").path("template").path("spec").path("containers").forEach(containers::add);
        return containers;
    }

    /** Every env name a container gets: its env entries and the keys of the ConfigMaps it takes whole. */
    public static Map<String, String> environment(List<JsonNode> objects, JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText();
            if (!configMap.isEmpty()) {
                find(objects, "ConfigMap", configMap).ifPresent(cm ->
                        cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
            }
        }
        for (JsonNode entry : container.path("env")) {
            env.put(entry.path("name").asText(), entry.has("value") ? entry.path("value").asText() : "<from " + entry.path("valueFrom") + ">");
        }
        return env;
    }
}
