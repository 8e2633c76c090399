package org.mscu.platform.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a policy document as a markdown page a data protection officer can read:
 * deny rules, one table per resource, then the field sets.
 */
public final class PolicyMarkdown {

    private PolicyMarkdown() {
    }

    public static String render(PolicyDocument document) {
        StringBuilder page = new StringBuilder();
        page.append("# Access policy: ").append(document.service()).append("\n\n")
                .append("Generated from `src/main/resources/policy.yaml` by `PolicyMarkdown`; do not edit by hand ")
                .append("(regenerate with `-Dmscu.policy.write-docs=true`). How to read it: `docs/policy-format.md`.\n\n")
                .append("Anything not granted below is denied. Relationships this service computes: ")
                .append(document.relationships().isEmpty() ? "none" : codes(document.relationships()))
                .append("; `any` always holds.\n");
        denyRules(document, page);
        resources(document).forEach(resource -> resource(document, resource, page));
        fieldSets(document, page);
        return page.toString();
    }

    private static void denyRules(PolicyDocument document, StringBuilder page) {
        page.append("\n## Deny rules (checked first, always 403)\n\n");
        if (document.deny().isEmpty()) {
            page.append("None.\n");
            return;
        }
        page.append("| rule | agencies | roles | resources | actions | description |\n|---|---|---|---|---|---|\n");
        document.deny().forEach(rule -> row(page, code(rule.name()), anyOf(rule.agencies()), anyOf(rule.roles()),
                allOf(rule.resources()), allOf(rule.actions()), text(rule.description())));
    }

    private static void resource(PolicyDocument document, String resource, StringBuilder page) {
        page.append("\n## Resource `").append(resource).append("`\n\n")
                .append("| rule | agencies | roles | actions | relationship | fields | description |\n")
                .append("|---|---|---|---|---|---|---|\n");
        document.rules().stream().filter(rule -> rule.resource().equals(resource)).forEach(rule -> row(page,
                code(rule.name()), anyOf(rule.agencies()), anyOf(rule.roles()), codes(rule.actions()),
                code(rule.relationship()), rule.fields() == null ? "all" : code(rule.fields()), text(rule.description())));
    }

    private static void fieldSets(PolicyDocument document, StringBuilder page) {
        page.append("\n## Field sets\n\n");
        if (document.fieldSets().isEmpty()) {
            page.append("None: every grant shows the whole record.\n");
            return;
        }
        page.append("| field set | hides |\n|---|---|\n");
        document.fieldSets().forEach((name, hidden) -> row(page, code(name),
                hidden.isEmpty() ? "nothing" : codes(hidden)));
    }

    private static Set<String> resources(PolicyDocument document) {
        Set<String> resources = new LinkedHashSet<>(document.resources().keySet());
        document.rules().forEach(rule -> resources.add(rule.resource()));
        return resources;
    }

    private static void row(StringBuilder page, String... cells) {
        page.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String anyOf(List<String> names) {
        return names.isEmpty() ? "any" : codes(names);
    }

    private static String allOf(List<String> names) {
        return names.isEmpty() ? "all" : codes(names);
    }

    private static String codes(List<String> names) {
        return names.stream().map(PolicyMarkdown::code).collect(Collectors.joining(", "));
    }

    private static String code(String name) {
        return "`" + name + "`";
    }

    private static String text(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ").trim();
    }
}
