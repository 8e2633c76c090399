package org.mscu.orders.opportunity;

/** How the opportunity was opened: by a person's request or from a referral-service event. */
public enum OpportunityOrigin {
    REQUEST,
    REFERRAL_EVENT
}
