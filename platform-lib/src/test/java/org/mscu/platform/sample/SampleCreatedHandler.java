package org.mscu.platform.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.EventHandler;

/** Test-only consumer of the library's own {@code sample.created} events, as a service would consume another's. */
@ApplicationScoped
public class SampleCreatedHandler implements EventHandler {

    public static final String NAME = "sample-created";

    private static final Map<String, EventEnvelope> RECEIVED = new ConcurrentHashMap<>();

    /** The envelope received for a sample id, if any. */
    public static Optional<EventEnvelope> receivedFor(String sampleId) {
        return Optional.ofNullable(RECEIVED.get(sampleId));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("sample.created");
    }

    @Override
    public void handle(EventEnvelope event) {
        SampleEffect.record(NAME, event.id(), event.type());
        RECEIVED.put(event.subject(), event);
    }
}
