package org.mscu.victim.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes the victim's timeline in the transaction of what it records (the methods require one), so
 * an entry exists exactly when its change committed.
 */
@ApplicationScoped
public class Timeline {

    /** What a placement event says, without anything that locates the bed beyond the property id. */
    public record PlacementFacts(UUID placementId, UUID propertyId, LocalDate from, LocalDate plannedTo) {
    }

    private final Clock clock;

    Timeline(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void victimRecorded(UUID victimId, Instant at, String origin) {
        TimelineEntry entry = entry(victimId, TimelineKind.VICTIM_RECORDED, at);
        entry.detail = origin;
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void liaisonProposed(UUID victimId, UUID officerId, Instant at) {
        TimelineEntry entry = entry(victimId, TimelineKind.LIAISON_PROPOSED, at);
        entry.officerId = officerId;
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void liaisonAssigned(UUID victimId, UUID officerId, Instant at, boolean reassigned) {
        TimelineEntry entry = entry(victimId, reassigned ? TimelineKind.LIAISON_REASSIGNED : TimelineKind.LIAISON_ASSIGNED, at);
        entry.officerId = officerId;
        entry.persist();
    }

    /**
     * Records a placement's start or end once per placement; false when it was recorded already (an
     * event published twice by the accommodation service carries another event id, which the inbox
     * does not catch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean placement(UUID victimId, TimelineKind kind, Instant at, PlacementFacts facts, String outcome) {
        if (kind != TimelineKind.PLACEMENT_STARTED && kind != TimelineKind.PLACEMENT_ENDED) {
            throw new IllegalArgumentException("not a placement entry: " + kind);
        }
        // the unique index on (placement_id, kind) is the last guard against a concurrent twin: that
        // delivery fails, is retried and then finds this entry
        if (TimelineEntry.count("placementId = ?1 and kind = ?2", facts.placementId(), kind) > 0) {
            return false;
        }
        TimelineEntry entry = entry(victimId, kind, at);
        entry.placementId = facts.placementId();
        entry.propertyId = facts.propertyId();
        entry.startsOn = facts.from();
        entry.plannedTo = facts.plannedTo();
        entry.detail = outcome;
        entry.persist();
        return true;
    }

    private TimelineEntry entry(UUID victimId, TimelineKind kind, Instant at) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.victimId = victimId;
        entry.kind = kind;
        entry.occurredAt = at;
        entry.recordedAt = Instant.now(clock);
        return entry;
    }
}
