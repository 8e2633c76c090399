package org.mscu.platform.policy;

import java.util.List;

/**
 * One grant of a policy document: callers of these agencies (any agency when empty) holding one of
 * these roles (any role when empty) may perform these actions on the resource, for records in the
 * given relationship to them, seeing the given field set.
 */
public record Rule(String name, String description, List<String> agencies, List<String> roles, String resource,
                   List<String> actions, String relationship, String fields) {

    public static final String ANY = "any";

    public Rule {
        agencies = List.copyOf(agencies);
        roles = List.copyOf(roles);
        actions = List.copyOf(actions);
    }
}
