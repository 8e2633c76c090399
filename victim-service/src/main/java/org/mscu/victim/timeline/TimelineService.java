package org.mscu.victim.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Grant;
import org.mscu.victim.liaison.LiaisonOfficer;
import org.mscu.victim.victims.VictimAccess;

/** Reads a victim's timeline: whoever may read the victim may read it, redacted by the grant. */
@ApplicationScoped
public class TimelineService {

    static final String RESOURCE = "timeline";

    private final VictimAccess access;
    private final AuditLog audit;

    TimelineService(VictimAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    /** Oldest first (occurredAt, then id), keyset-paginated. */
    public TimelinePage page(UUID victimId, PageRequest page) {
        Grant grant = access.reach(victimId, RESOURCE, "read").grant();
        List<TimelineEntry> rows = page.cursor()
                .map(c -> TimelineEntry.<TimelineEntry>find("""
                                victimId = ?1 and (occurredAt > ?2 or (occurredAt = ?2 and id > ?3)) order by occurredAt, id""",
                        victimId, c.instant(0), c.uuid(1)))
                .orElseGet(() -> TimelineEntry.find("victimId = ?1 order by occurredAt, id", victimId))
                .page(0, page.fetchSize()).list();
        audit.consulted("victim", victimId);
        Page<TimelineEntry> found = Page.of(rows, page, e -> Cursor.of(e.occurredAt, e.id));
        Map<UUID, String> names = officerNames(found.items());
        return new TimelinePage(found.map(e -> grant.redact(
                TimelineEntryResponse.of(e, e.officerId == null ? null : names.get(e.officerId)))));
    }

    private static Map<UUID, String> officerNames(List<TimelineEntry> entries) {
        Set<UUID> ids = entries.stream().map(e -> e.officerId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<LiaisonOfficer> officers = LiaisonOfficer.list("id in ?1", ids);
        return officers.stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
    }
}
