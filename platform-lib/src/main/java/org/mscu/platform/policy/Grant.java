package org.mscu.platform.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What a rule grants for one record: the rule's name (the justification auditors see) and the
 * fields its field set hides.
 */
public final class Grant {

    private final String rule;
    private final String fieldSet;
    private final List<String> hidden;
    private final ObjectMapper mapper;

    Grant(String rule, String fieldSet, List<String> hidden, ObjectMapper mapper) {
        this.rule = rule;
        this.fieldSet = fieldSet;
        this.hidden = List.copyOf(hidden);
        this.mapper = mapper;
    }

    /** The name of the granting rule. */
    public String rule() {
        return rule;
    }

    /** The field set's name, {@code null} when the rule names none (nothing hidden). */
    public String fieldSet() {
        return fieldSet;
    }

    /** The dot paths this grant hides. */
    public List<String> hidden() {
        return hidden;
    }

    public boolean hidesNothing() {
        return hidden.isEmpty();
    }

    /**
     * The body as the caller may see it: unchanged when nothing is hidden, else its JSON tree
     * without the hidden paths (nested objects and arrays of objects included).
     */
    public Object redact(Object body) {
        if (hidden.isEmpty() || body == null) {
            return body;
        }
        JsonNode tree = mapper.valueToTree(body);
        return Redaction.remove(tree, hidden);
    }

    @Override
    public String toString() {
        return "Grant[" + rule + ", hides " + hidden + "]";
    }
}
