package org.mscu.platform.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.EventHandler;

/**
 * Test-only consumer of {@code sample.effect}: records an effect, then — as the event's data asks —
 * fails after it a number of times, or until a test heals the event.
 */
@ApplicationScoped
public class SampleEffectsHandler implements EventHandler {

    public static final String NAME = "sample-effects";
    public static final String TYPE = "sample.effect";

    /** What an event asks the handler to do. */
    public record Instructions(String note, int failTimes, boolean failUntilHealed) {
    }

    private static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();
    private static final Set<String> HEALED = ConcurrentHashMap.newKeySet();

    /** Lets an event that fails until healed succeed from now on. */
    public static void heal(String eventId) {
        HEALED.add(eventId);
    }

    /** How often the handler was called for the event (rolled-back calls included). */
    public static int calls(String eventId) {
        AtomicInteger calls = DELIVERIES.get(eventId);
        return calls == null ? 0 : calls.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(EventEnvelope event) {
        Instructions instructions = event.dataAs(Instructions.class);
        int call = DELIVERIES.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        SampleEffect.record(NAME, event.id(), instructions.note());
        if (call <= instructions.failTimes()
                || (instructions.failUntilHealed() && !HEALED.contains(event.id()))) {
            throw new IllegalStateException("simulated failure after the effect");
        }
    }
}
