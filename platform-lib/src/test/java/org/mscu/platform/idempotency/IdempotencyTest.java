package org.mscu.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.sample.ProbeResource;
import org.mscu.platform.sample.SampleService;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyPurge purge;

    private static Response post(String path, String key, Object body) {
        var request = as(Persona.LA_CASE_SYSTEM).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(path);
    }

    private static String key() {
        return "key-" + UUID.randomUUID();
    }

    private static String samplesCalled(String name) throws SQLException {
        return Database.scalar("SELECT count(*) FROM sample WHERE name = ?", name);
    }

    @Test
    void replaysTheFirstResponseByteForByte() throws SQLException {
        String key = key();
        Map<String, Object> body = Samples.body();
        body.put("name", "replayed " + key);

        Response first = post("/api/v1/samples", key, body);
        Response again = post("/api/v1/samples", key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).isNotBlank();
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(again.header(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(samplesCalled("replayed " + key)).isEqualTo("1");
    }

    @Test
    void rejectsTheSameKeyWithAnotherBody() throws SQLException {
        String key = key();
        Map<String, Object> body = Samples.body();
        body.put("name", "first " + key);
        post("/api/v1/samples", key, body).then().statusCode(201);
        body.put("name", "second " + key);

        post("/api/v1/samples", key, body).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(samplesCalled("second " + key)).isEqualTo("0");
    }

    @Test
    void keepsKeysApartPerClient() {
        String key = key();
        post("/api/v1/samples", key, Samples.body()).then().statusCode(201);
        as(Persona.CHARITY_HOTLINE).contentType(ContentType.JSON).body(Samples.body()).header("Idempotency-Key", key)
                .when().post("/api/v1/samples").then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, (String) null);
    }

    @Test
    void keepsKeysApartPerPersonOfTheSameClient() throws SQLException {
        String key = key();
        Map<String, Object> body = Samples.body();
        body.put("name", "apart " + key);
        as(Persona.DWP_REFERRER).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key)
                .when().post("/api/v1/samples").then().statusCode(201);

        // another person signed in through the same client (mscu-cli), same key and body: a request of their own
        as(Persona.COORDINATOR).contentType(ContentType.JSON).body(body).header("Idempotency-Key", key)
                .when().post("/api/v1/samples").then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, (String) null);
        assertThat(samplesCalled("apart " + key)).isEqualTo("2");
    }

    @Test
    void answersConflictToARetryWhileTheFirstIsInFlight() throws Exception {
        ProbeResource.ENTERED = new CountDownLatch(1);
        ProbeResource.GATE = new CountDownLatch(1);
        String key = key();
        Map<String, Object> body = Map.of("value", key);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post("/api/v1/probes/slow", key, body));
        assertThat(ProbeResource.ENTERED.await(20, TimeUnit.SECONDS)).isTrue();

        post("/api/v1/probes/slow", key, body).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_REQUEST_IN_PROGRESS"));

        ProbeResource.GATE.countDown();
        Response original = first.get(20, TimeUnit.SECONDS);
        assertThat(original.statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/probes/slow", key, body).asByteArray()).isEqualTo(original.asByteArray());
    }

    @Test
    void storesNoResponseWhenTheTransactionRollsBackSoACorrectedRetryGoesThrough() throws SQLException {
        String key = key();
        Map<String, Object> body = Samples.body();
        body.put("name", SampleService.FAIL_AFTER_WRITE);
        post("/api/v1/samples", key, body).then().statusCode(409).body("code", equalTo("SAMPLE_ROLLED_BACK"));
        assertThat(Database.scalar("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isEqualTo("0");

        body.put("name", "corrected " + key);
        post("/api/v1/samples", key, body).then().statusCode(201);
        assertThat(samplesCalled("corrected " + key)).isEqualTo("1");
    }

    @Test
    void storesNoResponseForAnInternalError() throws SQLException {
        String key = key();
        post("/api/v1/probes/failing", key, Map.of("a", 1)).then().statusCode(500);
        assertThat(Database.scalar("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isEqualTo("0");
    }

    @Test
    void storesNoResponseForAnInvalidBody() {
        String key = key();
        Map<String, Object> body = Samples.body();
        body.put("name", "");
        post("/api/v1/samples", key, body).then().statusCode(400);
        body.put("name", "valid now");
        post("/api/v1/samples", key, body).then().statusCode(201);
    }

    @Test
    void rejectsMalformedKeysNamingTheHeader() {
        post("/api/v1/samples", "has space", Samples.body()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        post("/api/v1/samples", "x".repeat(256), Samples.body()).then().statusCode(400);
        post("/api/v1/samples", "caf\u00e9", Samples.body()).then().statusCode(400);
        post("/api/v1/samples", "x".repeat(255), Samples.body()).then().statusCode(201);
    }

    @Test
    void worksWithoutAKey() {
        post("/api/v1/samples", null, Samples.body()).then().statusCode(201);
    }

    @Test
    void treatsAnExpiredKeyAsNewAndPurgesExpiredRecords() throws SQLException {
        String key = key();
        Map<String, Object> body = Samples.body();
        body.put("name", "expiring " + key);
        post("/api/v1/samples", key, body).then().statusCode(201);
        Database.update(Database.SUPERUSER, "UPDATE idempotency_record SET expires_at = now() - interval '1 second' "
                + "WHERE idempotency_key = ?", key);

        post("/api/v1/samples", key, body).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, (String) null);
        assertThat(samplesCalled("expiring " + key)).isEqualTo("2");

        Database.update(Database.SUPERUSER, "UPDATE idempotency_record SET expires_at = now() - interval '1 second' "
                + "WHERE idempotency_key = ?", key);
        purge.purge();
        assertThat(Database.scalar("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isEqualTo("0");
    }
}
