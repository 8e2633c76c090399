package org.mscu.referral.linking;

/** The kinds of identifier partners' referrals are linked on. */
public enum IdentifierKind {
    PHONE, POSTCODE, VEHICLE_REGISTRATION, SUSPECT_NAME
}
