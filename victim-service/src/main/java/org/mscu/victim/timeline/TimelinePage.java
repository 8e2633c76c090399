package org.mscu.victim.timeline;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.pagination.Page;

/** A page of timeline entries; items are redacted per grant, so they travel as JSON trees. */
@Schema(name = "TimelinePage", description = "A page of a victim's timeline, oldest first")
public record TimelinePage(
        @Schema(implementation = TimelineEntryResponse.class, type = SchemaType.ARRAY) List<Object> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String nextCursor) {

    TimelinePage(Page<Object> page) {
        this(page.items(), page.nextCursor());
    }
}
