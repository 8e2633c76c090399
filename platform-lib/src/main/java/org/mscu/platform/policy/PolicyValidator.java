package org.mscu.platform.policy;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a policy document means something: unique rule names, known relationships, field
 * sets, resources and actions. Actions are known from the document's {@code resources} section
 * when it has one, else from the {@link Access} annotations of the service's code.
 */
public final class PolicyValidator {

    /** The endpoints every service gets from the library: its audit log, its event consumers' dead letters. */
    public static final Map<String, List<String>> BUILT_IN = Map.of(
            "audit", List.of("read", "verify"),
            "events", List.of("read", "replay"));

    private PolicyValidator() {
    }

    /**
     * @param expectedService the service's {@code mscu.service.name}
     * @param code            the access points of the service's resource methods
     */
    public static void validate(PolicyDocument document, String expectedService, Collection<AccessPoint> code) {
        if (expectedService != null && !expectedService.equals(document.service())) {
            throw new InvalidPolicyException("policy.yaml: service '" + document.service()
                    + "' is not this service ('" + expectedService + "')");
        }
        Map<String, Set<String>> known = knownActions(document, code);
        Set<String> names = new HashSet<>();
        document.fieldSets().forEach((name, hide) -> hide.forEach(path -> require(!path.isBlank()
                && !path.startsWith(".") && !path.endsWith("."), "field set '" + name + "': bad path '" + path + "'")));
        document.deny().forEach(rule -> checkDeny(rule, known, names));
        document.rules().forEach(rule -> checkRule(rule, document, known, names));
        if (!document.resources().isEmpty()) {
            code.forEach(point -> require(known.getOrDefault(point.resource(), Set.of()).contains(point.action()),
                    point.method() + ": @Access(resource = \"" + point.resource() + "\", action = \"" + point.action()
                            + "\") is not declared under 'resources' in policy.yaml"));
        }
    }

    private static void checkRule(Rule rule, PolicyDocument document, Map<String, Set<String>> known, Set<String> names) {
        String where = "rule '" + rule.name() + "'";
        require(names.add(rule.name()), where + ": duplicate rule name");
        require(!rule.agencies().isEmpty() || !rule.roles().isEmpty(),
                where + ": names neither agencies nor roles, so it would grant everybody");
        require(!rule.actions().isEmpty(), where + ": 'actions' is required");
        require(known.containsKey(rule.resource()), where + ": unknown resource '" + rule.resource()
                + "' (known: " + String.join(", ", new TreeSet<>(known.keySet())) + ")");
        rule.actions().forEach(action -> require(known.get(rule.resource()).contains(action),
                where + ": unknown action '" + action + "' on '" + rule.resource() + "' (known: "
                        + String.join(", ", new TreeSet<>(known.get(rule.resource()))) + ")"));
        require(Rule.ANY.equals(rule.relationship()) || document.relationships().contains(rule.relationship()),
                where + ": unknown relationship '" + rule.relationship() + "' (declared: any, "
                        + String.join(", ", document.relationships()) + ")");
        require(rule.fields() == null || document.fieldSets().containsKey(rule.fields()),
                where + ": unknown field set '" + rule.fields() + "'");
    }

    private static void checkDeny(DenyRule rule, Map<String, Set<String>> known, Set<String> names) {
        String where = "deny rule '" + rule.name() + "'";
        require(names.add(rule.name()), where + ": duplicate rule name");
        require(!rule.agencies().isEmpty() || !rule.roles().isEmpty(),
                where + ": names neither agencies nor roles, so it would deny everybody");
        require(!rule.resources().isEmpty(), where + ": 'resources' is required (\"*\" for all)");
        for (String resource : rule.resources()) {
            require(DenyRule.ALL.equals(resource) || known.containsKey(resource),
                    where + ": unknown resource '" + resource + "'");
            rule.actions().forEach(action -> require(DenyRule.ALL.equals(resource)
                            || known.get(resource).contains(action),
                    where + ": unknown action '" + action + "' on '" + resource + "'"));
        }
    }

    private static Map<String, Set<String>> knownActions(PolicyDocument document, Collection<AccessPoint> code) {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        if (document.resources().isEmpty()) {
            code.forEach(point -> known.computeIfAbsent(point.resource(), r -> new TreeSet<>()).add(point.action()));
        } else {
            document.resources().forEach((resource, actions) -> known.put(resource, new TreeSet<>(actions)));
        }
        BUILT_IN.forEach((resource, actions) -> known.computeIfAbsent(resource, r -> new TreeSet<>()).addAll(actions));
        return known;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidPolicyException("policy.yaml: " + message);
        }
    }
}
