package org.mscu.referral.intake;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.pagination.Page;

/** A page of referrals; items are redacted per grant, so they travel as JSON trees. */
@Schema(name = "ReferralPage", description = "A page of referrals")
public record ReferralPage(
        @Schema(implementation = ReferralResponse.class, type = SchemaType.ARRAY) List<Object> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String nextCursor) {

    public ReferralPage(Page<Object> page) {
        this(page.items(), page.nextCursor());
    }
}
