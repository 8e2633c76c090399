package org.mscu.accommodation.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.mscu.accommodation.availability.AvailabilityApi.FreeBedResponse;
import org.mscu.accommodation.common.Feature;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.problem.ProblemException;

/** Beds free for every night of a period; addresses never leave through here. */
@ApplicationScoped
public class AvailabilityService {

    private final AccessPolicy policy;
    private final FreeBeds freeBeds;

    AvailabilityService(AccessPolicy policy, FreeBeds freeBeds) {
        this.policy = policy;
        this.freeBeds = freeBeds;
    }

    @Transactional
    public Page<FreeBedResponse> free(LocalDate from, LocalDate to, String district, Set<Feature> features, PageRequest page) {
        policy.authorize("availability", "read");
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from (the period is [from, to): to is the day the bed is free again)");
        }
        UUID after = page.cursor().map(c -> c.uuid(0)).orElse(null);
        String inDistrict = district == null || district.isBlank() ? null : district;
        return Page.of(freeBeds.find(new FreeBeds.Search(from, to, inDistrict, null, features, after, page.fetchSize())),
                page, bed -> Cursor.of(bed.bedId())).map(FreeBedResponse::of);
    }
}
