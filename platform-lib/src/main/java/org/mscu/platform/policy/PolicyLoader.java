package org.mscu.platform.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code policy.yaml} into a {@link PolicyDocument}, rejecting any key it does not know
 * with a message naming the rule. The meaning of the document is checked by {@link PolicyValidator}.
 */
public final class PolicyLoader {

    public static final String RESOURCE = "policy.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("service", "relationships", "resources", "fieldSets", "deny", "rules");
    private static final Set<String> RULE_KEYS = Set.of("name", "description", "agencies", "roles", "resource",
            "actions", "relationship", "fields");
    private static final Set<String> DENY_KEYS = Set.of("name", "description", "agencies", "roles", "resources", "actions");
    private static final Set<String> FIELD_SET_KEYS = Set.of("hide");

    private PolicyLoader() {
    }

    /** Loads {@code policy.yaml} from the class path (the service's {@code src/main/resources}). */
    public static PolicyDocument fromClasspath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidPolicyException("No " + RESOURCE + " on the class path: every service declares its access policy");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new InvalidPolicyException("Cannot read " + RESOURCE, e);
        }
    }

    public static PolicyDocument fromFile(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidPolicyException("Cannot read " + file, e);
        }
    }

    public static PolicyDocument parse(String yaml) {
        return parse(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static PolicyDocument parse(byte[] yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new InvalidPolicyException("policy.yaml is not valid YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPolicyException("policy.yaml must be a mapping with service, relationships, fieldSets, deny and rules");
        }
        checkKeys(root, TOP_KEYS, "policy.yaml");
        return new PolicyDocument(text(root, "service", "policy.yaml"), strings(root, "relationships", "policy.yaml"),
                resources(root.path("resources")), fieldSets(root.path("fieldSets")),
                list(root.path("deny"), "deny").stream().map(PolicyLoader::denyRule).toList(),
                list(root.path("rules"), "rules").stream().map(PolicyLoader::rule).toList());
    }

    private static Rule rule(Entry entry) {
        JsonNode node = entry.node();
        String where = entry.label("rule");
        checkKeys(node, RULE_KEYS, where);
        return new Rule(text(node, "name", where), optionalText(node, "description", where),
                strings(node, "agencies", where), strings(node, "roles", where), text(node, "resource", where),
                strings(node, "actions", where), text(node, "relationship", where), optionalText(node, "fields", where));
    }

    private static DenyRule denyRule(Entry entry) {
        JsonNode node = entry.node();
        String where = entry.label("deny rule");
        checkKeys(node, DENY_KEYS, where);
        return new DenyRule(text(node, "name", where), optionalText(node, "description", where),
                strings(node, "agencies", where), strings(node, "roles", where), strings(node, "resources", where),
                strings(node, "actions", where));
    }

    private static Map<String, List<String>> fieldSets(JsonNode node) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = mapping(node, "fieldSets"); it.hasNext(); ) {
            Map.Entry<String, JsonNode> set = it.next();
            String where = "field set '" + set.getKey() + "'";
            if (!set.getValue().isObject()) {
                throw new InvalidPolicyException(where + ": must be a mapping with 'hide'");
            }
            checkKeys(set.getValue(), FIELD_SET_KEYS, where);
            sets.put(set.getKey(), strings(set.getValue(), "hide", where));
        }
        return sets;
    }

    private static Map<String, List<String>> resources(JsonNode node) {
        Map<String, List<String>> resources = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = mapping(node, "resources"); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            resources.put(resource.getKey(), stringList(resource.getValue(), "resource '" + resource.getKey() + "'"));
        }
        return resources;
    }

    private static Iterator<Map.Entry<String, JsonNode>> mapping(JsonNode node, String what) {
        if (node.isMissingNode() || node.isNull()) {
            return java.util.Collections.emptyIterator();
        }
        if (!node.isObject()) {
            throw new InvalidPolicyException("policy.yaml: '" + what + "' must be a mapping");
        }
        return node.fields();
    }

    private static List<Entry> list(JsonNode node, String what) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidPolicyException("policy.yaml: '" + what + "' must be a list");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw new InvalidPolicyException("policy.yaml: entry #" + (i + 1) + " of '" + what + "' must be a mapping");
            }
            entries.add(new Entry(i + 1, node.get(i)));
        }
        return entries;
    }

    private static void checkKeys(JsonNode node, Set<String> known, String where) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw new InvalidPolicyException(where + ": unknown key '" + key + "' (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        });
    }

    private static String text(JsonNode node, String key, String where) {
        String value = optionalText(node, key, where);
        if (value == null || value.isBlank()) {
            throw new InvalidPolicyException(where + ": '" + key + "' is required");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidPolicyException(where + ": '" + key + "' must be a single value");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? List.of() : stringList(value, where + ": '" + key + "'");
    }

    private static List<String> stringList(JsonNode value, String where) {
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new InvalidPolicyException(where + " must be a list");
        }
        List<String> strings = new ArrayList<>();
        value.forEach(item -> {
            if (!item.isValueNode() || item.isNull()) {
                throw new InvalidPolicyException(where + " must list plain names");
            }
            strings.add(item.asText());
        });
        return strings;
    }

    /** A list entry, labelled by its name when it has one, else by its position. */
    private record Entry(int position, JsonNode node) {
        String label(String kind) {
            JsonNode name = node.get("name");
            return name != null && name.isValueNode() && !name.asText().isBlank()
                    ? kind + " '" + name.asText() + "'"
                    : kind + " #" + position;
        }
    }
}
