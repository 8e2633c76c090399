package org.mscu.referral.history;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryPage", description = "A referral's history, newest first")
public record HistoryPage(List<HistoryItem> items, @Schema(description = "Opaque cursor of the next page; null on the last") String nextCursor) {
}
