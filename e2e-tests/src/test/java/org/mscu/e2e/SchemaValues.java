package org.mscu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Values shaped by an OpenAPI schema of the merged document. */
final class SchemaValues {

    private SchemaValues() {
    }

    /**
     * A well-typed value an attacker would slip in for a server-owned field: a fresh UUID, a date in
     * 2001, the last value of an enumeration, another agency's name for a string, a large number.
     */
    static Object attackerValue(OpenApiDocument document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(resolved.get("enum").size() - 1).asText();
        }
        String format = resolved.path("format").asText("");
        return switch (type(resolved)) {
            case "integer", "number" -> 987_654;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2001-02-03";
                case "date-time" -> "2001-02-03T04:05:06Z";
                default -> "immigration-enforcement";
            };
        };
    }

    /** The properties of an object schema ({@code allOf} parts merged), by name. */
    static Map<String, JsonNode> properties(OpenApiDocument document, JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(document, schema);
        if (resolved == null) {
            return properties;
        }
        resolved.path("properties").fields().forEachRemaining(field -> properties.put(field.getKey(), field.getValue()));
        for (JsonNode part : iterable(resolved.path("allOf"))) {
            properties.putAll(properties(document, part));
        }
        return properties;
    }

    /** The schema with references and single-part {@code allOf}/{@code anyOf}/{@code oneOf} unwrapped. */
    static JsonNode resolve(OpenApiDocument document, JsonNode schema) {
        JsonNode current = document.resolve(schema);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            if (current != null && current.path(combinator).size() == 1 && !current.has("properties")) {
                current = document.resolve(current.path(combinator).get(0));
            }
        }
        return current;
    }

    /** The schema's type ({@code string} when it names none), ignoring a {@code null} alternative. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode alternative : type) {
                if (!"null".equals(alternative.asText())) {
                    return alternative.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static List<JsonNode> iterable(JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>();
        node.forEach(nodes::add);
        return nodes;
    }
}
