package org.mscu.victim.victims;

/** Gender as recorded for a victim or a liaison officer. */
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
