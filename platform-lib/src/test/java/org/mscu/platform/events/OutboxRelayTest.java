package org.mscu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.GetResponse;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.testing.EventCapture;
import org.mscu.platform.testing.TestEvents;

/**
 * The relay against the real broker and database, with the application's own relay switched off
 * so that each test drives relays of its own: confirms, SKIP LOCKED between replicas, outages.
 */
@QuarkusTest
@TestProfile(OutboxRelayTest.RelayOff.class)
class OutboxRelayTest {

    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mscu.events.relay.enabled", "false", "%test.mscu.events.relay.enabled", "false");
        }
    }

    private record Settings(boolean enabled, Duration pollInterval, int batchSize, Duration confirmTimeout,
                            Duration backoffInitial, Duration backoffMax, Duration statsEvery) implements EventsConfig.Relay {
    }

    private static final Settings SETTINGS = new Settings(true, Duration.ofMillis(10), 25, Duration.ofSeconds(10),
            Duration.ofMillis(50), Duration.ofMillis(400), Duration.ZERO);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventBroker broker;

    private final String type = "relaytest." + UUID.randomUUID().toString().substring(0, 8) + ".created";
    private final List<BrokerConnection> connections = new ArrayList<>();
    private final List<OutboxRelay> relays = new ArrayList<>();

    @AfterEach
    void closeRelays() {
        relays.forEach(OutboxRelay::close);
        connections.forEach(BrokerConnection::close);
    }

    @Test
    void publishesEachRowAndMarksItSentOnlyOnceTheBrokerConfirmed() throws Exception {
        List<UUID> ids = insert(3);
        OutboxRelay relay = relay(connect(broker.connection().settings().port()), broker.exchange());

        try (EventCapture published = TestEvents.capture(type)) {
            drain(relay, ids);

            for (UUID id : ids) {
                EventCapture.Captured message = published.awaitMessage(m -> m.envelope().id().equals(id.toString()));
                assertThat(message.envelope().type()).isEqualTo(type);
                assertThat(message.envelope().subject()).isEqualTo("subject-" + id);
                assertThat(message.envelope().data().get("n").asInt()).isEqualTo(ids.indexOf(id));
                assertThat(message.properties().getDeliveryMode()).isEqualTo(2);
            }
        }
        for (UUID id : ids) {
            assertThat(row(id, "(published_at IS NOT NULL) || '|' || attempts")).isEqualTo("true|0");
        }
    }

    @Test
    void leavesRowsUnsentWhenTheBrokerDoesNotConfirmThem() throws Exception {
        List<UUID> ids = insert(2);
        // The broker refuses a publish to an exchange that does not exist: no confirm comes.
        OutboxRelay relay = relay(connect(broker.connection().settings().port()), "mscu.events.missing-" + UUID.randomUUID());

        runUntil(relay, () -> attempts(ids.get(0)) >= 1 && attempts(ids.get(1)) >= 1);

        for (UUID id : ids) {
            assertThat(row(id, "(published_at IS NULL)::text")).isEqualTo("true");
            assertThat(row(id, "last_error")).contains("NOT_FOUND");
            assertThat(row(id, "(next_attempt_at > occurred_at)::text")).isEqualTo("true");
        }
    }

    @Test
    void keepsRowsWithGrowingBackoffWhileTheBrokerIsUnreachableAndShipsThemWhenItIsBack() throws Exception {
        List<UUID> ids = insert(1);
        UUID id = ids.get(0);
        OutboxRelay unreachable = relay(connect(closedPort()), broker.exchange());

        runUntil(unreachable, () -> attempts(id) >= 1);
        String firstRetry = row(id, "next_attempt_at::text");
        runUntil(unreachable, () -> attempts(id) >= 2);

        assertThat(row(id, "(published_at IS NULL)::text")).isEqualTo("true");
        assertThat(row(id, "last_error")).contains("unreachable");
        assertThat(row(id, "(next_attempt_at > ?::timestamptz)::text", firstRetry)).isEqualTo("true");

        OutboxRelay back = relay(connect(broker.connection().settings().port()), broker.exchange());
        try (EventCapture published = TestEvents.capture(type)) {
            drain(back, ids);
            published.awaitMessage(m -> m.envelope().id().equals(id.toString()));
        }
    }

    @Test
    void shipsTheBacklogAtOnceWhenTheConnectionRecoversFromAnOutage() throws Exception {
        BrokerConnection.Settings real = broker.connection().settings();
        try (TcpProxy proxy = TcpProxy.to(real.host(), real.port())) {
            BrokerConnection connection = new BrokerConnection(new BrokerConnection.Settings(real.host(), proxy.port(),
                    real.username(), real.password(), real.virtualHost(), real.connectionTimeout(), Duration.ofMillis(200)),
                    "relay-outage-test");
            connections.add(connection);
            connection.start();
            // A backoff far longer than this test may wait: only the reset on recovery can ship the rows in time.
            OutboxRelay relay = new OutboxRelay(dataSource, connection, broker.exchange(), new Settings(true,
                    Duration.ofMillis(10), 25, Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(10),
                    Duration.ZERO), new SimpleMeterRegistry());
            relays.add(relay);
            assertThat(connection.isOpen()).isTrue();

            proxy.cut();
            await().atMost(Duration.ofSeconds(30)).until(() -> !connection.isOpen());
            List<UUID> ids = insert(5);
            runUntil(relay, () -> attempts(ids.get(0)) >= 1 && attempts(ids.get(4)) >= 1);
            assertThat(row(ids.get(0), "(next_attempt_at > now() + interval '5 minutes')::text")).isEqualTo("true");

            try (EventCapture published = TestEvents.capture(type)) {
                proxy.restore();
                await().atMost(Duration.ofSeconds(30)).until(connection::isOpen);
                drain(relay, ids);
                for (UUID id : ids) {
                    published.awaitMessage(m -> m.envelope().id().equals(id.toString()));
                }
            }
        }
    }

    @Test
    void twoRelaysInParallelNeverSendARowTwice() throws Exception {
        String queue = "relaytest.parallel." + UUID.randomUUID();
        broker.withChannel(channel -> {
            channel.queueDeclare(queue, false, false, false, null);
            channel.queueBind(queue, broker.exchange(), type);
            return null;
        });
        try {
            List<UUID> ids = insert(400);
            List<OutboxRelay> replicas = List.of(
                    relay(connect(broker.connection().settings().port()), broker.exchange()),
                    relay(connect(broker.connection().settings().port()), broker.exchange()));

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> claimed = new ArrayList<>();
                for (OutboxRelay replica : replicas) {
                    claimed.add(pool.submit(() -> {
                        int total = 0;
                        while (unsent(ids) > 0) {
                            total += replica.relayBatch();
                        }
                        return total;
                    }));
                }
                for (Future<Integer> future : claimed) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }

            Set<String> delivered = new HashSet<>();
            long duplicates = broker.withChannel(channel -> {
                long count = channel.messageCount(queue);
                long repeated = 0;
                for (long i = 0; i < count; i++) {
                    GetResponse message = channel.basicGet(queue, true);
                    if (!delivered.add(message.getProps().getMessageId())) {
                        repeated++;
                    }
                }
                return repeated;
            });
            assertThat(duplicates).isZero();
            assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
        } finally {
            broker.withChannel(channel -> channel.queueDelete(queue));
        }
    }

    private BrokerConnection connect(int port) {
        BrokerConnection connection = new BrokerConnection(broker.connection().settings().withPort(port), "relay-test");
        connections.add(connection);
        connection.start();
        return connection;
    }

    private OutboxRelay relay(BrokerConnection connection, String exchange) {
        OutboxRelay relay = new OutboxRelay(dataSource, connection, exchange, SETTINGS, new SimpleMeterRegistry());
        relays.add(relay);
        return relay;
    }

    private List<UUID> insert(int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            Database.update(Database.APP_ROLE, "INSERT INTO outbox_event (id, type, source, subject, occurred_at, data) "
                    + "VALUES (?, ?, 'platform', ?, ?, ?::jsonb)", id, type, "subject-" + id, base.plusNanos(i * 1000L),
                    "{\"n\": " + i + "}");
            ids.add(id);
        }
        return ids;
    }

    /** Runs batches until every row is published (rows of other tests may go along). */
    private static void drain(OutboxRelay relay, List<UUID> ids) {
        runUntil(relay, () -> unsent(ids) == 0);
    }

    private static void runUntil(OutboxRelay relay, java.util.concurrent.Callable<Boolean> done) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
            relay.relayBatch();
            return done.call();
        });
    }

    private static long unsent(List<UUID> ids) throws SQLException {
        return Long.parseLong(Database.scalar("SELECT count(*) FROM outbox_event WHERE id = ANY (?::uuid[]) "
                + "AND published_at IS NULL", "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}"));
    }

    private static int attempts(UUID id) throws SQLException {
        return Integer.parseInt(row(id, "attempts"));
    }

    private static String row(UUID id, String expression, Object... parameters) throws SQLException {
        Object[] all = new Object[parameters.length + 1];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        all[parameters.length] = id;
        return Database.scalar("SELECT " + expression + " FROM outbox_event WHERE id = ?", all);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
