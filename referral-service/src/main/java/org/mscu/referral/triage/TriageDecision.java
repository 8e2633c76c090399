package org.mscu.referral.triage;

public enum TriageDecision {
    ACCEPT, NO_FURTHER_ACTION
}
