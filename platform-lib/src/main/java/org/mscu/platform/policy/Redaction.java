package org.mscu.platform.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/**
 * Removes dot paths from a JSON tree. A path walks through objects by field name and through
 * arrays element by element, so {@code suspects.name} removes the name of every suspect.
 */
public final class Redaction {

    private Redaction() {
    }

    /** Removes every path from {@code tree}, in place, and returns it. */
    public static JsonNode remove(JsonNode tree, List<String> paths) {
        paths.forEach(path -> remove(tree, Arrays.asList(path.split("\\.")), 0));
        return tree;
    }

    private static void remove(JsonNode node, List<String> segments, int depth) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> remove(element, segments, depth));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String name = segments.get(depth);
        if (depth == segments.size() - 1) {
            ((ObjectNode) node).remove(name);
        } else {
            remove(node.get(name), segments, depth + 1);
        }
    }
}
