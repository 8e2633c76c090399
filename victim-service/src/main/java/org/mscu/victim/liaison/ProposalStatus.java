package org.mscu.victim.liaison;

/** Where a liaison proposal stands. */
public enum ProposalStatus {
    /** An officer is proposed; a coordinator or tactical advisor confirms it. */
    PROPOSED,
    /** No active officer had room when the victim was recorded; someone assigns one by hand. */
    NO_CANDIDATE,
    /** Confirmed: the proposed officer is assigned. */
    CONFIRMED,
    /** Assigned without confirmation ({@code mscu.victims.liaison.auto-assign=true}). */
    AUTO_ASSIGNED,
    /** An officer was assigned another way while the proposal was open. */
    SUPERSEDED;

    public boolean open() {
        return this == PROPOSED || this == NO_CANDIDATE;
    }
}
