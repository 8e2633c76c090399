package org.mscu.referral.intake;

public enum ReferralSource {
    NRM, THIRD_SECTOR, LOCAL_AUTHORITY, POLICE, PARTNER_AGENCY, PUBLIC
}
