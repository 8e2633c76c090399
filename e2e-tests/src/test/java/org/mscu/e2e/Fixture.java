package org.mscu.e2e;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mscu.platform.caller.Caller;

/**
 * A record set up through the API for a probe, and what it is to each caller.
 *
 * @param id            the record's id
 * @param relationships the policy relationships that hold between a caller and the record, from the
 *                      facts of its creation (who created it, with whom it was shared, who is assigned)
 * @param secrets       values of the record that no refused caller may ever see in an answer
 * @param facts         what else later requests need (a bed id, a unique district, a received-at instant)
 * @param state         reads the record as someone who may: compared before and after refused calls
 */
record Fixture(String id, Function<Caller, Set<String>> relationships, List<String> secrets,
               Map<String, String> facts, Supplier<String> state) {

    String fact(String name) {
        String value = facts.get(name);
        if (value == null) {
            throw new IllegalStateException("fixture " + id + " has no fact " + name + " (has " + facts.keySet() + ")");
        }
        return value;
    }
}
