package org.mscu.referral.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.mscu.platform.caller.Caller;

/** Writes the referral's timeline in the caller's transaction. Details never carry personal data. */
@ApplicationScoped
public class History {

    private final Caller caller;
    private final Clock clock;

    History(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID referralId, HistoryKind kind, String action, String detail) {
        HistoryEntry e = new HistoryEntry();
        e.referralId = referralId;
        e.at = clock.instant();
        e.kind = kind.name();
        e.action = action;
        e.actor = caller.username();
        e.agency = caller.agency();
        e.detail = detail;
        e.persist();
    }

    /** For scheduled jobs, which have no caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(UUID referralId, HistoryKind kind, String action, String detail) {
        HistoryEntry e = new HistoryEntry();
        e.referralId = referralId;
        e.at = clock.instant();
        e.kind = kind.name();
        e.action = action;
        e.actor = "system";
        e.detail = detail;
        e.persist();
    }
}
