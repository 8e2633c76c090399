package org.mscu.platform.concurrency;

import org.mscu.platform.problem.ProblemException;

/**
 * Checks {@code If-Match} against the current version before a change. An absent header is
 * allowed (the change applies to whatever version is current: partner systems that do not track
 * versions keep working); {@code *} matches any version; otherwise one of the listed strong
 * entity tags must equal {@code "<version>"} (a bare number is accepted too), else 412.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.equals(ETags.of(currentVersion)) || candidate.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(
                "The resource has changed since you read it (current version " + current + "); read it again");
    }
}
