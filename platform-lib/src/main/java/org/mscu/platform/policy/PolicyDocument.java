package org.mscu.platform.policy;

import java.util.List;
import java.util.Map;

/**
 * A service's access policy as loaded from its {@code policy.yaml}: see {@link PolicyLoader} for
 * the format and {@link PolicyEngine} for the semantics.
 *
 * @param service       the service's name ({@code mscu.service.name})
 * @param relationships relationship names the service computes; {@code any} always holds
 * @param resources     declared actions per resource (empty when the document does not declare them)
 * @param fieldSets     field set name → the dot paths it hides
 * @param deny          hard denials, checked first
 * @param rules         grants, in document order
 */
public record PolicyDocument(String service, List<String> relationships, Map<String, List<String>> resources,
                             Map<String, List<String>> fieldSets, List<DenyRule> deny, List<Rule> rules) {

    public PolicyDocument {
        relationships = List.copyOf(relationships);
        resources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resources));
        fieldSets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldSets));
        deny = List.copyOf(deny);
        rules = List.copyOf(rules);
    }

    /** The fields a field set hides; nothing for {@code null} (no field set named). */
    public List<String> hiddenBy(String fieldSet) {
        return fieldSet == null ? List.of() : fieldSets.getOrDefault(fieldSet, List.of());
    }
}
