package org.mscu.victim.liaison;

import java.util.List;

/** A ranked candidate: the officer, the score and the reasons that add up to it. */
public record Match(OfficerProfile officer, int score, List<MatchReason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
