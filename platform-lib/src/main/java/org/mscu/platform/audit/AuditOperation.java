package org.mscu.platform.audit;

/** The kinds of processing DPA 2018 s.62 requires a log of. */
public enum AuditOperation {
    COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE
}
