package org.mscu.platform.idempotency;

/** What claiming an idempotency key found. */
sealed interface ClaimOutcome {

    /** The key is ours: run the request. */
    record Claimed() implements ClaimOutcome {
    }

    /** The same request already completed: answer its response again. */
    record Replay(StoredResponse response) implements ClaimOutcome {
    }

    /** The same request is still running elsewhere. */
    record InProgress() implements ClaimOutcome {
    }

    /** The key was used for a different request. */
    record Reused() implements ClaimOutcome {
    }
}
