package org.mscu.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.sample.SampleService;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Test
    void writesTheEventWithTheChange() throws SQLException {
        String id = Samples.create(Persona.COORDINATOR, null);

        // Whether the relay has shipped it yet is a race this test does not run: OutboxRelayTest covers shipping.
        assertThat(Database.scalar("SELECT type || '|' || source || '|' || (data->>'kind') FROM outbox_event WHERE subject = ?", id))
                .isEqualTo("sample.created|platform|STANDARD");
        assertThat(Database.scalar("SELECT traceparent FROM outbox_event WHERE subject = ?", id))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void writesNoEventWhenTheChangeRollsBack() throws SQLException {
        String before = Database.scalar("SELECT count(*) FROM outbox_event");
        Map<String, Object> body = Samples.body();
        body.put("name", SampleService.FAIL_AFTER_WRITE);
        as(Persona.COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/samples")
                .then().statusCode(409);
        assertThat(Database.scalar("SELECT count(*) FROM outbox_event")).isEqualTo(before);
    }

    @Test
    void refusesToPublishOutsideATransaction() {
        assertThatThrownBy(() -> outbox.publish("sample.created", "x", Map.of()))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void letsARelayClaimUnpublishedEventsWithSkipLocked() throws SQLException {
        Samples.create(Persona.COORDINATOR, null);
        assertThat(Database.scalar("EXPLAIN SELECT id FROM outbox_event WHERE published_at IS NULL "
                + "ORDER BY occurred_at, id LIMIT 10 FOR UPDATE SKIP LOCKED")).isNotBlank();
        assertThat(Database.scalar("SELECT indexdef FROM pg_indexes WHERE indexname = 'outbox_event_unpublished'"))
                .contains("WHERE (published_at IS NULL)");
    }
}
