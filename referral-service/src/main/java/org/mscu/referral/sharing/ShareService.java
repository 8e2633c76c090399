package org.mscu.referral.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.problem.ProblemException;
import org.mscu.referral.history.History;
import org.mscu.referral.history.HistoryKind;
import org.mscu.referral.intake.Referral;
import org.mscu.referral.intake.ReferralAudit;
import org.mscu.referral.intake.Referrals;

/** Explicit, revocable disclosures of a referral to another agency; each is an audited disclosure. */
@ApplicationScoped
public class ShareService {

    private final Caller caller;
    private final Clock clock;
    private final Referrals referrals;
    private final ReferralAccess access;
    private final History history;
    private final ReferralAudit audit;

    ShareService(Caller caller, Clock clock, Referrals referrals, ReferralAccess access, History history, ReferralAudit audit) {
        this.caller = caller;
        this.clock = clock;
        this.referrals = referrals;
        this.access = access;
        this.history = history;
        this.audit = audit;
    }

    @Transactional
    public ShareResponse share(UUID referralId, ShareRequest request) {
        Referral r = referrals.forChange(referralId, null);
        access.authorize("share", r);
        if (request.agency().equals(r.referringAgency)) {
            throw ProblemException.conflict("OWN_AGENCY", "The referring agency already sees its own referral");
        }
        if (Share.active(r.id, request.agency()).isPresent()) {
            throw ProblemException.conflict("ALREADY_SHARED",
                    "The referral is already shared with this agency; revoke the share first to change it");
        }
        Share s = new Share();
        s.id = UUID.randomUUID();
        s.referralId = r.id;
        s.agency = request.agency();
        s.level = request.level();
        s.purpose = request.purpose();
        s.legalBasis = request.legalBasis();
        s.sharedAt = clock.instant();
        s.sharedBy = caller.username();
        s.persist();
        referrals.flush();
        history.record(r.id, HistoryKind.DISCLOSURE, "SHARED", s.level + " with " + s.agency);
        audit.disclosed(r, s.agency, "shared " + s.level);
        return ShareResponse.of(s);
    }

    @Transactional
    public void revoke(UUID referralId, String agency) {
        Referral r = referrals.forChange(referralId, null);
        access.authorize("share", r);
        Share s = Share.active(r.id, agency).orElseThrow(ProblemException::notFound);
        s.revokedAt = clock.instant();
        s.revokedBy = caller.username();
        history.record(r.id, HistoryKind.DISCLOSURE, "SHARE_REVOKED", s.level + " with " + s.agency);
        audit.disclosed(r, s.agency, "share revoked");
    }

    @Transactional
    public List<ShareResponse> list(UUID referralId) {
        Referral r = referrals.find(referralId);
        access.authorize("share", r);
        return Share.<Share>list("referralId = ?1 order by sharedAt desc", r.id).stream().map(ShareResponse::of).toList();
    }
}
