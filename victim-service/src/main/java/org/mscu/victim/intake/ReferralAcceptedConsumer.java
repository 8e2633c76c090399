package org.mscu.victim.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.EventHandler;
import org.mscu.victim.liaison.ProposalService;
import org.mscu.victim.liaison.ProposalStatus;
import org.mscu.victim.victims.ReferralAccepted;
import org.mscu.victim.victims.VictimService;

/**
 * {@code referral.accepted} → the victim is recorded and a liaison officer proposed (or assigned,
 * when configured). The event carries ids only; names and date of birth are fetched from
 * referral-service with this service's own token. If referral-service or Keycloak cannot answer,
 * this throws: nothing is recorded, and the library delivers the event again later, up to its
 * dead-letter queue.
 */
@ApplicationScoped
public class ReferralAcceptedConsumer implements EventHandler {

    private static final Logger LOG = Logger.getLogger(ReferralAcceptedConsumer.class);

    /** The part of the event this consumer reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Accepted(UUID referralId) {
    }

    private final ReferralClient referrals;
    private final VictimService victims;
    private final ProposalService proposals;

    ReferralAcceptedConsumer(ReferralClient referrals, VictimService victims, ProposalService proposals) {
        this.referrals = referrals;
        this.victims = victims;
        this.proposals = proposals;
    }

    @Override
    public String name() {
        return "referral-accepted";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("referral.accepted");
    }

    @Override
    public void handle(EventEnvelope event) {
        UUID referralId = event.dataAs(Accepted.class).referralId();
        if (referralId == null) {
            throw new IllegalArgumentException("referral.accepted without a referralId");
        }
        Optional<UUID> recorded = victims.idForReferral(referralId);
        if (recorded.isPresent()) {
            // recorded by hand, or from an earlier event about the same referral: nothing to fetch or propose
            LOG.infof("Referral %s accepted: victim %s was already recorded", referralId, recorded.get());
            return;
        }
        ReferralAccepted accepted;
        try {
            accepted = AcceptedReferral.from(referralId, referrals.referral(referralId));
        } catch (UpstreamException e) {
            // the events library logs exception class names only; this message names ids and status codes, and says why
            LOG.warnf("Referral %s accepted, but not recorded yet: %s", referralId, e.getMessage());
            throw e;
        }
        UUID victimId = victims.createFromReferral(accepted);
        Optional<ProposalStatus> liaison = proposals.propose(victimId, VictimService.SYSTEM_ACTOR);
        LOG.infof("Referral %s accepted: victim %s recorded, liaison %s", referralId, victimId,
                liaison.map(Enum::name).orElse("already assigned"));
    }
}
