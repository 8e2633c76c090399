package org.mscu.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the seed world holds, per kind: how many are in place, and how many this run created. */
final class Tally {

    private final Map<String, int[]> kinds = new LinkedHashMap<>();

    /** Declares the kinds in the order the summary lists them. */
    Tally(String... kinds) {
        for (String kind : kinds) {
            this.kinds.put(kind, new int[2]);
        }
    }

    void found(String kind) {
        counts(kind)[0]++;
    }

    void created(String kind) {
        int[] counts = counts(kind);
        counts[0]++;
        counts[1]++;
    }

    void count(String kind, boolean created) {
        if (created) {
            created(kind);
        } else {
            found(kind);
        }
    }

    Map<String, Summary.Count> counts() {
        Map<String, Summary.Count> result = new LinkedHashMap<>();
        kinds.forEach((kind, counts) -> result.put(kind, new Summary.Count(counts[0], counts[1])));
        return result;
    }

    private int[] counts(String kind) {
        int[] counts = kinds.get(kind);
        if (counts == null) {
            throw new IllegalArgumentException("undeclared kind " + kind);
        }
        return counts;
    }
}
