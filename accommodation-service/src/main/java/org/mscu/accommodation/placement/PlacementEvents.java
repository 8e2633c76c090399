package org.mscu.accommodation.placement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mscu.platform.outbox.Outbox;

/**
 * The placement events, written to the outbox in the caller's transaction. They carry ids and
 * dates only: never an address, a name, or anything about immigration status.
 */
@ApplicationScoped
public class PlacementEvents {

    public static final String STARTED = "placement.started";
    public static final String ENDED = "placement.ended";
    public static final String ENDING_SOON = "placement.ending-soon";

    private final Outbox outbox;

    PlacementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void started(Placement placement) {
        outbox.publish(STARTED, placement.id.toString(), data(placement));
    }

    void ended(Placement placement) {
        Map<String, Object> data = data(placement);
        data.put("endedAt", placement.endedAt.toString());
        data.put("outcome", placement.outcome.name());
        outbox.publish(ENDED, placement.id.toString(), data);
    }

    void endingSoon(Placement placement) {
        outbox.publish(ENDING_SOON, placement.id.toString(), data(placement));
    }

    private static Map<String, Object> data(Placement placement) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("placementId", placement.id.toString());
        data.put("victimRef", placement.victimRef);
        data.put("bedId", placement.bedId.toString());
        data.put("propertyId", placement.propertyId.toString());
        data.put("from", placement.startsOn.toString());
        data.put("plannedTo", placement.plannedTo.toString());
        data.put("requestedByAgency", placement.requestedByAgency);
        return data;
    }
}
