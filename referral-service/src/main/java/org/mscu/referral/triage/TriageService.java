package org.mscu.referral.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.Grant;
import org.mscu.referral.history.History;
import org.mscu.referral.history.HistoryKind;
import org.mscu.referral.intake.Actions;
import org.mscu.referral.intake.Referral;
import org.mscu.referral.intake.ReferralAudit;
import org.mscu.referral.intake.ReferralEvents;
import org.mscu.referral.intake.ReferralStatus;
import org.mscu.referral.intake.Referrals;
import org.mscu.referral.sharing.ReferralAccess;

@ApplicationScoped
public class TriageService {

    private final Caller caller;
    private final Clock clock;
    private final Referrals referrals;
    private final ReferralAccess access;
    private final History history;
    private final ReferralAudit audit;
    private final ReferralEvents events;

    TriageService(Caller caller, Clock clock, Referrals referrals, ReferralAccess access, History history,
                  ReferralAudit audit, ReferralEvents events) {
        this.caller = caller;
        this.clock = clock;
        this.referrals = referrals;
        this.access = access;
        this.history = history;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Referrals.Viewed triage(UUID id, TriageRequest request, String ifMatch) {
        Referral r = referrals.forChange(id, ifMatch);
        Grant grant = access.authorize("triage", r);
        ReferralStatus next = Actions.apply("reason", () -> TriageRule.decide(r.status, request.decision(), request.reason()));
        r.status = next;
        r.triageReason = request.reason();
        r.triageNotes = request.notes();
        r.triagedAt = clock.instant();
        r.triagedBy = caller.username();
        history.record(r.id, HistoryKind.STATE_CHANGE, next.name(), request.reason() == null ? null : "reason " + request.reason());
        audit.altered(r, "triage");
        if (next == ReferralStatus.ACCEPTED) {
            events.accepted(r);
        } else {
            events.noFurtherAction(r);
        }
        return referrals.view(r, grant);
    }
}
