package org.mscu.victim.timeline;

/** What a timeline entry records. */
public enum TimelineKind {
    /** The victim was recorded (detail: COORDINATOR or REFERRAL_ACCEPTED). */
    VICTIM_RECORDED,
    /** The matcher proposed a liaison officer, for a coordinator to confirm. */
    LIAISON_PROPOSED,
    /** The victim's first liaison officer was assigned. */
    LIAISON_ASSIGNED,
    /** Another liaison officer took over. */
    LIAISON_REASSIGNED,
    /** A placement in emergency accommodation started (accommodation-service). */
    PLACEMENT_STARTED,
    /** A placement ended (detail: its outcome). */
    PLACEMENT_ENDED
}
