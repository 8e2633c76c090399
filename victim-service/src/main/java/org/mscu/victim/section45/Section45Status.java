package org.mscu.victim.section45;

/** Where the Section 45 (MSA 2015) defence consideration for a victim stands. */
public enum Section45Status {
    NOT_CONSIDERED, APPLICABLE, NOT_APPLICABLE, REFERRED_TO_CPS
}
