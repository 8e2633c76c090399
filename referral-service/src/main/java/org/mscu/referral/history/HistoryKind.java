package org.mscu.referral.history;

public enum HistoryKind {
    STATE_CHANGE, ACCESS, DISCLOSURE
}
