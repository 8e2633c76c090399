package org.mscu.referral.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.policy.Grant;
import org.mscu.referral.intake.Referral;
import org.mscu.referral.intake.ReferralStatus;

/**
 * The relationships policy.yaml speaks of, computed for the caller and one referral: {@code own}
 * (created by the caller's agency), {@code shared-full} / {@code shared-summary} (an active share
 * with the caller's agency), {@code accepted} (the referral was accepted at triage, whoever asks).
 */
@ApplicationScoped
public class ReferralAccess {

    public static final String RESOURCE = "referral";
    public static final String OWN = "own";
    public static final String SHARED_FULL = "shared-full";
    public static final String SHARED_SUMMARY = "shared-summary";
    public static final String ACCEPTED = "accepted";

    private final Caller caller;
    private final AccessPolicy policy;

    ReferralAccess(Caller caller, AccessPolicy policy) {
        this.caller = caller;
        this.policy = policy;
    }

    public Set<String> relationships(Referral referral) {
        Optional<Share> share = caller.agency() == null ? Optional.empty() : Share.active(referral.id, caller.agency());
        return relationships(referral, share);
    }

    /**
     * The caller's relationships to each of these referrals, its shares of them read in one query: a page
     * of a list or a postcode shared by thousands of referrals costs one query, not one each.
     */
    public Map<UUID, Set<String>> relationships(List<Referral> referrals) {
        Map<UUID, Share> shares = caller.agency() == null ? Map.of()
                : Share.active(referrals.stream().map(referral -> referral.id).toList(), caller.agency());
        Map<UUID, Set<String>> relationships = new HashMap<>();
        referrals.forEach(referral -> relationships.put(referral.id,
                relationships(referral, Optional.ofNullable(shares.get(referral.id)))));
        return relationships;
    }

    private Set<String> relationships(Referral referral, Optional<Share> share) {
        Set<String> relationships = new LinkedHashSet<>();
        if (caller.agency() != null && caller.agency().equals(referral.referringAgency)) {
            relationships.add(OWN);
        }
        share.ifPresent(active -> relationships.add(active.level == ShareLevel.FULL ? SHARED_FULL : SHARED_SUMMARY));
        if (referral.status == ReferralStatus.ACCEPTED) {
            relationships.add(ACCEPTED);
        }
        return relationships;
    }

    /** 403 when the role cannot use the action at all, 404 when this referral is not the caller's to know. */
    public Grant authorize(String action, Referral referral) {
        return policy.authorize(RESOURCE, action, relationships(referral));
    }

    /**
     * The referrals among these whose links the caller may list, and so may see among another's links: a
     * partner must not learn through a link what a SUMMARY share hides (phone, postcode, suspects). Never
     * throws.
     */
    public List<Referral> linkable(List<Referral> referrals) {
        return permitted("links", referrals);
    }

    /** The referrals among these the caller may read (for filtering networks); never throws. */
    public List<Referral> readable(List<Referral> referrals) {
        return permitted("read", referrals);
    }

    private List<Referral> permitted(String action, List<Referral> referrals) {
        Map<UUID, Set<String>> relationships = relationships(referrals);
        return referrals.stream()
                .filter(referral -> policy.find(RESOURCE, action, relationships.get(referral.id)).isPresent())
                .toList();
    }
}
