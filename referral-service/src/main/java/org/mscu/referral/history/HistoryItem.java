package org.mscu.referral.history;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryItem", description = "A state change, access or disclosure of a referral")
public record HistoryItem(Instant at, HistoryKind kind, @Schema(examples = "ACCEPTED") String action,
                          @Schema(description = "Username of who did it; 'system' for scheduled jobs") String actor,
                          String agency, String detail) {

    static HistoryItem of(HistoryEntry e) {
        return new HistoryItem(e.at, HistoryKind.valueOf(e.kind), e.action, e.actor, e.agency, e.detail);
    }
}
