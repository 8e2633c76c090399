package org.mscu.victim.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.EventHandler;
import org.mscu.victim.victims.VictimService;

/**
 * {@code placement.started} / {@code placement.ended} (accommodation-service) → an entry on the
 * victim's timeline, with the placement's and property's ids and dates, never more of where the bed
 * is. A placement names its victim by {@code victimRef}: the victim's id here, or the reference of
 * the referral the victim came from. A reference that names no victim here is logged (ids only) and
 * acknowledged without effect: retrying cannot make it match, and a dead letter per typo would bury
 * the real failures.
 */
@ApplicationScoped
public class PlacementConsumer implements EventHandler {

    static final String STARTED = "placement.started";
    static final String ENDED = "placement.ended";
    private static final Logger LOG = Logger.getLogger(PlacementConsumer.class);

    /** The part of a placement event this consumer reads. */
    record Placement(UUID placementId, String victimRef, UUID propertyId, LocalDate from, LocalDate plannedTo,
                     Instant endedAt, String outcome) {
    }

    private final VictimService victims;
    private final Timeline timeline;
    private final Clock clock;

    PlacementConsumer(VictimService victims, Timeline timeline, Clock clock) {
        this.victims = victims;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "placements";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(STARTED, ENDED);
    }

    @Override
    public void handle(EventEnvelope event) {
        Placement placement = event.dataAs(Placement.class);
        if (placement.placementId() == null) {
            throw new IllegalArgumentException(event.type() + " without a placementId");
        }
        Optional<UUID> victim = victims.idForRef(placement.victimRef());
        if (victim.isEmpty()) {
            LOG.warnf("%s of placement %s names no victim recorded here: acknowledged without effect",
                    event.type(), placement.placementId());
            return;
        }
        boolean started = STARTED.equals(event.type());
        Instant at = started ? timeOf(event) : Optional.ofNullable(placement.endedAt()).orElseGet(() -> timeOf(event));
        boolean recorded = timeline.placement(victim.get(), started ? TimelineKind.PLACEMENT_STARTED : TimelineKind.PLACEMENT_ENDED, at,
                new Timeline.PlacementFacts(placement.placementId(), placement.propertyId(), placement.from(), placement.plannedTo()),
                started ? null : placement.outcome());
        if (!recorded) {
            LOG.infof("%s of placement %s was on the timeline already", event.type(), placement.placementId());
        }
    }

    private Instant timeOf(EventEnvelope event) {
        return event.time() != null ? event.time() : Instant.now(clock);
    }
}
