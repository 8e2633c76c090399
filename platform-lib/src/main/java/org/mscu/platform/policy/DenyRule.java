package org.mscu.platform.policy;

import java.util.List;

/**
 * A hard denial, checked before any rule: a caller of these agencies (any agency when empty) with
 * one of these roles (any role when empty) may never perform these actions (all when empty) on
 * these resources ({@code *} = all).
 */
public record DenyRule(String name, String description, List<String> agencies, List<String> roles,
                       List<String> resources, List<String> actions) {

    public static final String ALL = "*";

    public DenyRule {
        agencies = List.copyOf(agencies);
        roles = List.copyOf(roles);
        resources = List.copyOf(resources);
        actions = List.copyOf(actions);
    }
}
