package org.mscu.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Environment variables given to a module against those its configuration reads. */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /**
     * Problems with the variables a deployment sets for a module: any it does not read (a misspelling would
     * silently leave the default in place), and any it reads whose default only works on a developer's machine
     * (no default, or one naming localhost) but that are not set.
     */
    public static List<String> environment(ServiceModule module, Set<String> names, String where) {
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>(names);
        unknown.removeAll(module.readableEnv());
        if (!unknown.isEmpty()) {
            problems.add(where + " sets variables " + module.name() + " does not read (misspelt?): " + unknown);
        }
        Set<String> missing = new LinkedHashSet<>(module.requiredEnv());
        missing.removeAll(names);
        if (!missing.isEmpty()) {
            problems.add(where + " leaves variables at their local-only defaults: " + missing);
        }
        return problems;
    }
}
