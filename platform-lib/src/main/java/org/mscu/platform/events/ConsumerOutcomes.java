package org.mscu.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what becomes of deliveries ({@code mscu.events.consumed} by consumer and outcome) and
 * remembers the outcomes of the last {@value #REMEMBERED} events per instance, so tests (and an
 * operator with a debugger) can ask what happened to one event id.
 */
@Singleton
public class ConsumerOutcomes {

    static final int REMEMBERED = 2000;

    private final MeterRegistry registry;
    private final Map<String, List<Outcome>> recent = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Outcome>> eldest) {
            return size() > REMEMBERED;
        }
    };

    ConsumerOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String consumer, String eventId, Outcome outcome) {
        EventMetrics.consumed(registry, consumer, outcome).increment();
        if (eventId != null) {
            synchronized (recent) {
                recent.computeIfAbsent(consumer + "\n" + eventId, key -> new ArrayList<>()).add(outcome);
            }
        }
    }

    /** The outcomes of the deliveries of one event to one consumer on this instance, in order (recent events only). */
    public List<Outcome> of(String consumer, String eventId) {
        synchronized (recent) {
            return List.copyOf(recent.getOrDefault(consumer + "\n" + eventId, List.of()));
        }
    }
}
