package org.mscu.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dot paths into a JSON answer, read the way the policy's field sets name them: objects by field
 * name, arrays element by element ({@code suspects.phone} is the phone of every suspect).
 */
final class JsonFields {

    private JsonFields() {
    }

    /** Whether a value other than null is found at the path. */
    static boolean present(JsonNode node, String path) {
        return find(node, path.split("\\."), 0, false);
    }

    /**
     * Whether the path names a field at all, even a null one: a hidden field is removed from the answer
     * entirely, not blanked.
     */
    static boolean mentioned(JsonNode node, String path) {
        return find(node, path.split("\\."), 0, true);
    }

    private static boolean find(JsonNode node, String[] steps, int index, boolean nullCounts) {
        if (node == null || node.isMissingNode() || (node.isNull() && !nullCounts)) {
            return false;
        }
        if (index == steps.length) {
            return true;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (find(element, steps, index, nullCounts)) {
                    return true;
                }
            }
            return false;
        }
        return node.isObject() && node.has(steps[index]) && find(node.get(steps[index]), steps, index + 1, nullCounts);
    }
}
