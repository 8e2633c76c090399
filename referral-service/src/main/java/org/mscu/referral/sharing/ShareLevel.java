package org.mscu.referral.sharing;

/** FULL: everything the referring agency sees. SUMMARY: no names, date of birth, phone, address or narrative. */
public enum ShareLevel {
    FULL, SUMMARY
}
