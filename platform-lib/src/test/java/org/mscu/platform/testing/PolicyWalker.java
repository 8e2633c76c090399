package org.mscu.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.PolicyDocument;
import org.mscu.platform.policy.PolicyEngine;
import org.mscu.platform.policy.PolicyLoader;
import org.mscu.platform.policy.Rule;

/**
 * Walks a policy document against the seeded personas, so a service test can exercise every rule:
 * {@code PolicyWalker.fromClasspath().grants()} lists each (rule, action, persona) the rule gives
 * the persona (deny rules applied); {@link #personasWithoutRule()} lists the personas no rule lets
 * in, whose every call must be refused.
 */
public final class PolicyWalker {

    /** One function a rule gives a persona. */
    public record Walk(Rule rule, String resource, String action, String relationship, String fields, Persona persona) {
        @Override
        public String toString() {
            return rule.name() + ": " + persona + " may " + action + " " + resource + " (" + relationship + ")";
        }
    }

    private final PolicyEngine engine;

    /** The caller a persona's token verifies to. */
    public static Caller caller(Persona persona) {
        return new Caller(persona.subject(), persona.username(), persona.agency(), persona.roles(), persona.clientId());
    }

    private PolicyWalker(PolicyDocument document) {
        this.engine = new PolicyEngine(document, new ObjectMapper());
    }

    public static PolicyWalker of(PolicyDocument document) {
        return new PolicyWalker(document);
    }

    /** The service's own {@code policy.yaml}. */
    public static PolicyWalker fromClasspath() {
        return of(PolicyLoader.fromClasspath());
    }

    public PolicyDocument document() {
        return engine.document();
    }

    /** Every (rule, action, persona) the document grants, in document order. */
    public List<Walk> grants() {
        List<Walk> walks = new ArrayList<>();
        for (Rule rule : engine.document().rules()) {
            for (String action : rule.actions()) {
                for (Persona persona : Persona.values()) {
                    if (engine.rulesFor(caller(persona), rule.resource(), action).contains(rule)) {
                        walks.add(new Walk(rule, rule.resource(), action, rule.relationship(), rule.fields(), persona));
                    }
                }
            }
        }
        return walks;
    }

    /** Rules no seeded persona matches (they cannot be exercised with the seeded identities). */
    public List<Rule> rulesWithoutPersona() {
        Set<String> walked = new java.util.HashSet<>();
        grants().forEach(walk -> walked.add(walk.rule().name()));
        return engine.document().rules().stream().filter(rule -> !walked.contains(rule.name())).toList();
    }

    /** Personas that no rule lets in anywhere. */
    public List<Persona> personasWithoutRule() {
        Set<Persona> granted = EnumSet.noneOf(Persona.class);
        grants().forEach(walk -> granted.add(walk.persona()));
        return Arrays.stream(Persona.values()).filter(persona -> !granted.contains(persona)).toList();
    }

    /** Personas whose role may use the function (relationships aside). */
    public List<Persona> permitted(String resource, String action) {
        return Arrays.stream(Persona.values())
                .filter(persona -> engine.permits(caller(persona), resource, action)).toList();
    }

    /** Personas whose role may not use the function: each must get 403. */
    public List<Persona> refused(String resource, String action) {
        return Arrays.stream(Persona.values())
                .filter(persona -> !engine.permits(caller(persona), resource, action)).toList();
    }
}
