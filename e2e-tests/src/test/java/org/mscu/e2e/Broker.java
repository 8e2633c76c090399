package org.mscu.e2e;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The platform's RabbitMQ, reached the way the services reach it: publish a raw message to the events
 * exchange, look into a queue without taking anything from it, stop and start the broker application.
 * Settings: {@code mscu.rabbitmq.host} / {@code RABBITMQ_HOST} (127.0.0.1), {@code mscu.rabbitmq.port} /
 * {@code RABBITMQ_PORT} (5672), {@code mscu.rabbitmq.vhost} / {@code RABBITMQ_VHOST} (by default the one the
 * launcher recorded in {@code .platform/mode}, else {@code mscu_e2e}, the virtual host {@code bin/platform test}
 * runs the platform on; {@code bin/platform up} uses {@code mscu}),
 * {@code mscu.rabbitmq.username} / {@code .password} (guest), {@code mscu.rabbitmqctl} (the command that
 * controls the local broker, {@code rabbitmqctl}).
 */
final class Broker {

    static final String EXCHANGE = "mscu.events";

    private Broker() {
    }

    /** The setting, else the virtual host the launcher recorded for the platform under test, else {@code mscu_e2e}. */
    static String virtualHost() {
        return Platform.setting("mscu.rabbitmq.vhost", "RABBITMQ_VHOST", Platform.mode("RABBITMQ_VHOST").orElse("mscu_e2e"));
    }

    /** How many consumers the queue has (one per service instance consuming it). */
    static int consumers(String queue) {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getConsumerCount();
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot read queue " + queue + " on virtual host " + virtualHost(), e);
        }
    }

    /** Publishes one persistent message to {@value #EXCHANGE} with the routing key, and waits for the broker's confirm. */
    static void publish(String routingKey, String messageId, String contentType, String body) {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .messageId(messageId).type(routingKey).contentType(contentType).deliveryMode(2).build();
            channel.basicPublish(EXCHANGE, routingKey, true, properties, body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
        } catch (IOException | TimeoutException | InterruptedException e) {
            throw new IllegalStateException("cannot publish to " + EXCHANGE + " on virtual host " + virtualHost(), e);
        }
    }

    /**
     * The message ids in a queue, read without removing anything: every message is fetched unacknowledged on one
     * channel and goes back to the queue when the channel closes.
     */
    static List<String> messageIds(String queue) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            long depth = channel.queueDeclarePassive(queue).getMessageCount();
            for (long i = 0; i < depth; i++) {
                GetResponse message = channel.basicGet(queue, false);
                if (message == null) {
                    break;
                }
                ids.add(message.getProps().getMessageId());
            }
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot read queue " + queue + " on virtual host " + virtualHost(), e);
        }
        return ids;
    }

    /** Stops the RabbitMQ application (the node stays up to be started again); the services lose their connections. */
    static void stop() {
        control("stop_app");
    }

    /** Starts the RabbitMQ application again (harmless when it runs). */
    static void start() {
        control("start_app");
    }

    private static void control(String command) {
        String rabbitmqctl = Platform.setting("mscu.rabbitmqctl", "MSCU_RABBITMQCTL", "rabbitmqctl");
        try {
            Process process = new ProcessBuilder(rabbitmqctl, command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(rabbitmqctl + " " + command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + rabbitmqctl + " " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(rabbitmqctl + " " + command + " interrupted", e);
        }
    }

    private static Connection connect() throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(Platform.setting("mscu.rabbitmq.host", "RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(Platform.setting("mscu.rabbitmq.port", "RABBITMQ_PORT", "5672")));
        factory.setUsername(Platform.setting("mscu.rabbitmq.username", "RABBITMQ_USERNAME", "guest"));
        factory.setPassword(Platform.setting("mscu.rabbitmq.password", "RABBITMQ_PASSWORD", "guest"));
        factory.setVirtualHost(virtualHost());
        factory.setAutomaticRecoveryEnabled(false);
        return factory.newConnection("mscu-e2e-tests");
    }
}
