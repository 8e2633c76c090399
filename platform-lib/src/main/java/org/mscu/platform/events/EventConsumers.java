package org.mscu.platform.events;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Finds the service's {@link EventHandler} beans at start (a bad or duplicate name stops the
 * start) and, whenever the broker connection is (re)established, declares each one's queues and
 * starts consuming with manual acks and {@code mscu.events.consumer.prefetch}.
 */
@Singleton
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private record Registration(EventHandler handler, ConsumerQueues queues) {
    }

    private final List<Registration> registrations = new ArrayList<>();
    private final Set<String> started = new HashSet<>();
    private final EventsConfig config;
    private final Inbox inbox;
    private final ConsumerOutcomes outcomes;
    private final Tracer tracer;

    EventConsumers(@Any Instance<EventHandler> handlers, EventsConfig config,
                   @ConfigProperty(name = "mscu.service.name") String serviceName, Inbox inbox,
                   ConsumerOutcomes outcomes, OpenTelemetry openTelemetry) {
        this.config = config;
        this.inbox = inbox;
        this.outcomes = outcomes;
        this.tracer = openTelemetry.getTracer("org.mscu.platform.events");
        Set<String> names = new HashSet<>();
        for (EventHandler handler : handlers) {
            String name = handler.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalStateException("EventHandler " + handler.getClass().getName() + ": name '" + name
                        + "' must be lower case letters, digits and '-'");
            }
            if (!names.add(name)) {
                throw new IllegalStateException("Two EventHandlers are named '" + name + "'");
            }
            if (handler.eventTypes() == null || handler.eventTypes().isEmpty()) {
                throw new IllegalStateException("EventHandler '" + name + "' declares no event types");
            }
            registrations.add(new Registration(handler, ConsumerQueues.of(serviceName, name)));
        }
    }

    /** The queues of every consumer of this service. */
    public List<ConsumerQueues> queues() {
        return registrations.stream().map(Registration::queues).toList();
    }

    Optional<ConsumerQueues> queues(String consumer) {
        return queues().stream().filter(queues -> queues.consumer().equals(consumer)).findFirst();
    }

    /**
     * Declares and starts every consumer not yet running on this connection. Consumers already
     * started are left to the client's automatic recovery.
     */
    synchronized void start(Connection connection) {
        for (Registration registration : registrations) {
            ConsumerQueues queues = registration.queues();
            if (started.contains(queues.consumer())) {
                continue;
            }
            Channel channel = null;
            try {
                channel = connection.createChannel();
                if (config.consumer().resetAtStart()) {
                    queues.delete(channel);
                }
                queues.declare(channel, config.exchange(), registration.handler().eventTypes(),
                        config.consumer().retryDelay());
                channel.basicQos(config.consumer().prefetch());
                channel.confirmSelect();
                channel.basicConsume(queues.queue(), false, new HandlerConsumer(channel, registration.handler(), queues,
                        inbox, outcomes, tracer, config.consumer().maxAttempts(), config.relay().confirmTimeout()));
                started.add(queues.consumer());
                LOG.infof("Consumer %s listens on %s for %s", queues.consumer(), queues.queue(),
                        registration.handler().eventTypes());
            } catch (IOException | RuntimeException e) {
                LOG.errorf("Cannot start consumer %s on %s (%s). If a queue argument changed (retry-delay), delete %s "
                        + "and restart; otherwise it is tried again when the connection recovers",
                        queues.consumer(), queues.queue(), Errors.describeBroker(e), queues.retry());
                abort(channel);
            }
        }
    }

    private static void abort(Channel channel) {
        if (channel != null && channel.isOpen()) {
            try {
                channel.abort();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Aborting a channel: %s", Errors.describe(e));
            }
        }
    }
}
