package org.mscu.orders.opportunity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.EventHandler;

/**
 * Consumes {@code referral.no-further-action} (queue {@code orders.referral-no-further-action}): a referral
 * closed because a criminal investigation is not pursued opens a Risk Order opportunity, once per referral;
 * other reasons are acknowledged without effect.
 */
@ApplicationScoped
public class NoFurtherActionEvents implements EventHandler {

    public static final String EVENT_TYPE = "referral.no-further-action";

    /** The part of the event's data this consumer needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoFurtherAction(UUID referralId, String reason) {
    }

    private final OpportunityService opportunities;

    NoFurtherActionEvents(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String name() {
        return "referral-no-further-action";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EVENT_TYPE);
    }

    @Override
    public void handle(EventEnvelope event) {
        NoFurtherAction data = event.dataAs(NoFurtherAction.class);
        if (data == null || data.referralId() == null || data.reason() == null) {
            throw new IllegalArgumentException(EVENT_TYPE + " without referralId or reason");
        }
        opportunities.openFromReferralNoFurtherAction(data.referralId(), data.reason());
    }
}
