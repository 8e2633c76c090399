package org.mscu.orders.opportunity;

/** Why a referral may warrant a Risk Order. */
public enum OpportunityReason {
    INVESTIGATION_NOT_PURSUED,
    NO_FURTHER_ACTION,
    OTHER
}
