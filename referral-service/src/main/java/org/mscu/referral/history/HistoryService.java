package org.mscu.referral.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.referral.intake.Referral;
import org.mscu.referral.intake.Referrals;
import org.mscu.referral.sharing.ReferralAccess;

@ApplicationScoped
public class HistoryService {

    private final Referrals referrals;
    private final ReferralAccess access;

    HistoryService(Referrals referrals, ReferralAccess access) {
        this.referrals = referrals;
        this.access = access;
    }

    /** State changes, accesses and disclosures, newest first, keyset-paginated on the entry id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryItem> history(UUID referralId, PageRequest page) {
        Referral r = referrals.find(referralId);
        access.authorize("history", r);
        List<HistoryEntry> entries = page.cursor().isEmpty()
                ? HistoryEntry.<HistoryEntry>find("referralId = ?1 order by id desc", r.id).page(0, page.fetchSize()).list()
                : HistoryEntry.<HistoryEntry>find("referralId = ?1 and id < ?2 order by id desc", r.id,
                        page.cursor().get().number(0)).page(0, page.fetchSize()).list();
        return Page.of(entries, page, e -> Cursor.of(e.id)).map(HistoryItem::of);
    }
}
