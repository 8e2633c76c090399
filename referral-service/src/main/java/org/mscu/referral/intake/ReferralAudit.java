package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.audit.AuditOperation;

/** DPA 2018 s.62 entries for referrals, through the platform's audit log. Details never hold personal data. */
@ApplicationScoped
public class ReferralAudit {

    public static final String RESOURCE_TYPE = "referral";

    private final AuditLog log;

    ReferralAudit(AuditLog log) {
        this.log = log;
    }

    public void collected(Referral r) {
        log.collected(RESOURCE_TYPE, r.id);
    }

    public void consulted(Referral r) {
        log.consulted(RESOURCE_TYPE, r.id);
    }

    public void altered(Referral r, String what) {
        log.altered(RESOURCE_TYPE, r.id, what);
    }

    /** Combination (s.62): the referral's identifiers were matched against other referrals. */
    public void combined(Referral r, int matches) {
        log.combined(RESOURCE_TYPE, r.id, "linked to " + matches + " referrals");
    }

    /** A disclosure to another agency: a share ({@code detail} names its level) or its revocation. */
    public void disclosed(Referral r, String recipientAgency, String detail) {
        log.record(AuditOperation.DISCLOSURE, RESOURCE_TYPE, r.id, recipientAgency, detail);
    }
}
