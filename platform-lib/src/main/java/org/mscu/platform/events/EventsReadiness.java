package org.mscu.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail {@code events}: always UP — with the broker down the service keeps taking
 * writes and its outbox grows — but it says {@code degraded} and shows the backlog, so operators
 * and the launcher see that events are not flowing.
 */
@Readiness
@ApplicationScoped
public class EventsReadiness implements HealthCheck {

    private final EventBroker broker;
    private final OutboxBacklog backlog;
    private final EventsConfig config;

    EventsReadiness(EventBroker broker, OutboxBacklog backlog, EventsConfig config) {
        this.broker = broker;
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean connected = broker.isConnected();
        OutboxBacklog.Snapshot snapshot = backlog.snapshot();
        return HealthCheckResponse.named("events")
                .up()
                .withData("status", connected ? "ok" : "degraded")
                .withData("broker", connected ? "connected" : "unreachable")
                .withData("relay", config.relay().enabled() ? "on" : "off")
                .withData("backlog", snapshot.unsent())
                .withData("oldestUnsentSeconds", (long) Math.floor(snapshot.oldestAgeSeconds()))
                .build();
    }
}
