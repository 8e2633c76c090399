package org.mscu.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code mscu.events.*}: the broker, the outbox relay and the consumers. Defaults are set once in
 * {@code META-INF/microprofile-config.properties} (with their environment variables) and listed in
 * {@code docs/events.md}.
 */
@ConfigMapping(prefix = "mscu.events")
public interface EventsConfig {

    /** RabbitMQ host ({@code RABBITMQ_HOST}). */
    @WithDefault("127.0.0.1")
    String host();

    /** RabbitMQ AMQP port ({@code RABBITMQ_PORT}). */
    @WithDefault("5672")
    int port();

    /** {@code RABBITMQ_USERNAME}. */
    @WithDefault("guest")
    String username();

    /** {@code RABBITMQ_PASSWORD}. */
    @WithDefault("guest")
    String password();

    /** {@code RABBITMQ_VHOST}; the test profile uses {@code mscu_test}. */
    @WithDefault("/")
    String virtualHost();

    /** The durable topic exchange every service publishes to; routing key = event type. */
    @WithDefault("mscu.events")
    String exchange();

    /** How long one connection attempt may take (the first one runs during start). */
    @WithDefault("2s")
    Duration connectionTimeout();

    /** Pause between connection attempts while the broker is unreachable (also the recovery interval). */
    @WithDefault("5s")
    Duration reconnectInterval();

    /** Lets {@code DirectPublisher} (and so the test helper {@code TestEvents}) publish envelopes straight to the exchange. */
    @WithDefault("false")
    boolean directPublish();

    Relay relay();

    Consumer consumer();

    Retention retention();

    interface Relay {

        /** Whether this instance ships its outbox (every replica may: rows are claimed with SKIP LOCKED). */
        @WithDefault("true")
        boolean enabled();

        /** Pause between polls when the last one found less than a full batch. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Rows claimed, published and confirmed per transaction. */
        @WithDefault("100")
        int batchSize();

        /** How long to wait for the broker's publisher confirms of a batch. */
        @WithDefault("10s")
        Duration confirmTimeout();

        /** Delay before the first retry of a row whose publication failed; doubles per attempt. */
        @WithDefault("1s")
        Duration backoffInitial();

        /** Longest delay between two attempts on one row. */
        @WithDefault("60s")
        Duration backoffMax();

        /** How often backlog and age of the oldest unsent event are measured (gauges, readiness detail). */
        @WithDefault("5s")
        Duration statsEvery();
    }

    interface Consumer {

        /** Unacknowledged messages a handler's channel may hold. */
        @WithDefault("10")
        int prefetch();

        /** Deliveries of one message before it goes to the dead-letter queue. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait in {@code <queue>.retry} before a failed message is delivered again (a queue argument). */
        @WithDefault("5s")
        Duration retryDelay();

        /** Delete and re-declare the handlers' queues at start, so nothing of an earlier run remains (test profile). */
        @WithDefault("false")
        boolean resetAtStart();
    }

    interface Retention {

        /** Published outbox rows older than this are deleted. */
        @WithDefault("P7D")
        Duration outbox();

        /** Inbox rows older than this are deleted: a duplicate arriving later would be processed again. */
        @WithDefault("P30D")
        Duration inbox();

        /** How often the purge runs (a scheduler interval, {@code off} to disable). */
        @WithDefault("1h")
        String purgeEvery();
    }
}
