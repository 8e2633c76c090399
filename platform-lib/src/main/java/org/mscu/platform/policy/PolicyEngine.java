package org.mscu.platform.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.problem.ProblemException;

/**
 * Evaluates a policy document for a caller; plain Java, no container. Deny rules first, then the
 * rules for the caller's agency and roles (403 when there are none), then the relationships
 * between caller and record (404 when none of those rules applies).
 */
public final class PolicyEngine {

    private final PolicyDocument document;
    private final ObjectMapper mapper;

    public PolicyEngine(PolicyDocument document, ObjectMapper mapper) {
        this.document = document;
        this.mapper = mapper;
    }

    public PolicyDocument document() {
        return document;
    }

    /** The first deny rule that matches, if any. */
    public Optional<DenyRule> denial(Caller caller, String resource, String action) {
        return document.deny().stream().filter(rule -> denies(rule, caller, resource, action)).findFirst();
    }

    /** The rules that give the caller's agency and roles this action, whatever the relationship. */
    public List<Rule> rulesFor(Caller caller, String resource, String action) {
        if (denial(caller, resource, action).isPresent()) {
            return List.of();
        }
        return document.rules().stream()
                .filter(rule -> rule.resource().equals(resource) && rule.actions().contains(action))
                .filter(rule -> matches(rule.agencies(), rule.roles(), caller))
                .toList();
    }

    /** Whether the caller's role may use this function at all (relationships aside). */
    public boolean permits(Caller caller, String resource, String action) {
        return !rulesFor(caller, resource, action).isEmpty();
    }

    /** The grant hiding the fewest fields among the rules that apply, or empty: never throws. */
    public Optional<Grant> find(Caller caller, String resource, String action, Set<String> relationships) {
        Set<String> holding = holding(relationships);
        return rulesFor(caller, resource, action).stream()
                .filter(rule -> holding.contains(rule.relationship()))
                .min(Comparator.comparingInt(rule -> document.hiddenBy(rule.fields()).size()))
                .map(this::grant);
    }

    /** Like {@link #find} but answers 403 when the role has no rule and 404 when no relationship matches. */
    public Grant authorize(Caller caller, String resource, String action, Set<String> relationships) {
        if (!permits(caller, resource, action)) {
            throw ProblemException.forbidden("Your role may not use this function");
        }
        return find(caller, resource, action, relationships).orElseThrow(ProblemException::notFound);
    }

    /** The grant used when only the function is checked (an {@link Access} annotation): the widest rule. */
    public Optional<Grant> functionGrant(Caller caller, String resource, String action) {
        return rulesFor(caller, resource, action).stream()
                .min(Comparator.comparingInt(rule -> document.hiddenBy(rule.fields()).size()))
                .map(this::grant);
    }

    private Grant grant(Rule rule) {
        return new Grant(rule.name(), rule.fields(), document.hiddenBy(rule.fields()), mapper);
    }

    private Set<String> holding(Set<String> relationships) {
        Set<String> holding = new HashSet<>(relationships);
        for (String relationship : relationships) {
            if (!document.relationships().contains(relationship) && !Rule.ANY.equals(relationship)) {
                throw new IllegalArgumentException("Relationship '" + relationship + "' is not declared in policy.yaml");
            }
        }
        holding.add(Rule.ANY);
        return holding;
    }

    private static boolean denies(DenyRule rule, Caller caller, String resource, String action) {
        boolean resourceMatches = rule.resources().contains(DenyRule.ALL) || rule.resources().contains(resource);
        boolean actionMatches = rule.actions().isEmpty() || rule.actions().contains(DenyRule.ALL)
                || rule.actions().contains(action);
        return resourceMatches && actionMatches && matches(rule.agencies(), rule.roles(), caller);
    }

    static boolean matches(List<String> agencies, List<String> roles, Caller caller) {
        boolean agencyMatches = agencies.isEmpty() || (caller.agency() != null && agencies.contains(caller.agency()));
        boolean roleMatches = roles.isEmpty() || roles.stream().anyMatch(caller::hasRole);
        return agencyMatches && roleMatches;
    }
}
