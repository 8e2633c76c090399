package org.mscu.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * #8, rate limits: a client may send its burst at once, then gets a 429 problem with
 * {@code Retry-After}; the bucket lives in Redis, so a second gateway instance (gateway-2, which
 * {@code bin/platform test} starts) sees the tokens spent through the first.
 *
 * <p>Runs against the platform's real configuration (burst {@value #DEFAULT_BURST} and 20 a second
 * by default; {@code bin/platform test} passes its burst as {@code mscu.e2e.rate-limit.burst}): the
 * bucket of one partner system is spent through gateway 1 by concurrent calls, faster than it refills. Each answer tells the bucket's
 * state ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}); the test starts on a full
 * bucket and leaves it full again for the tests after it.
 */
class RateLimitIT {

    private static final int DEFAULT_BURST = 100;
    private static final int BURST = Integer.getInteger("mscu.e2e.rate-limit.burst", DEFAULT_BURST);
    /**
     * The limit of the client the unit's people sign in through (mscu-cli), when the platform gives
     * it one of its own ({@code bin/platform test} does); otherwise it has the default.
     */
    private static final int INTERACTIVE_BURST = Integer.getInteger("mscu.e2e.rate-limit.interactive-burst", BURST);
    private static final Persona CLIENT = Persona.DWP_SYSTEM;
    private static final int THREADS = 8;
    /** Far more than the burst and what refills meanwhile: reaching it means nothing is limited. */
    private static final int MAX_CALLS = 40 * BURST;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The parts of an answer this test reads. */
    private record Answer(int status, int limit, int remaining, int reset, String retryAfter, String contentType, String body) {

        boolean limited() {
            return status == 429;
        }
    }

    @Test
    void spendsTheBurstThenAnswers429WithRetryAfterAndTheSecondGatewaySharesTheBucket() throws Exception {
        Answer first = callOnFullBucket(Platform.gateway());
        assertEquals(BURST, first.limit(), "RateLimit-Limit is the configured burst");

        AtomicInteger allowed = new AtomicInteger(1);
        AtomicReference<Answer> refused = new AtomicReference<>();
        spendThrough(Platform.gateway(), allowed, refused);

        Answer limited = refused.get();
        assertNotNull(limited, "no 429 after " + allowed.get() + " calls of one client");
        assertThat("calls let through before the first 429", allowed.get(), greaterThanOrEqualTo(BURST));
        assertThat(limited.contentType(), containsString(Problems.PROBLEM_JSON));
        assertEquals("RATE_LIMITED", JSON.readTree(limited.body()).path("code").asText(), limited.body());
        assertNotNull(limited.retryAfter(), "429 without Retry-After");
        assertThat(Integer.parseInt(limited.retryAfter()), greaterThanOrEqualTo(1));
        assertEquals(0, limited.remaining());

        Answer second = call(Platform.secondGateway());
        assertTrue(second.limited() || second.remaining() <= BURST / 2,
                "gateway-2 (" + Platform.secondGateway() + ") does not see the tokens spent through gateway 1: " + second
                        + " (is it running? bin/platform start gateway-2)");
        assertEquals(BURST, second.limit());

        sleepSeconds(second.reset() + 1);
    }

    @Test
    void aClientWithALimitOfItsOwnIsGivenItInsteadOfTheDefaultOnBothGateways() throws Exception {
        assertEquals(INTERACTIVE_BURST, call(Platform.gateway(), Persona.COORDINATOR).limit(),
                "RateLimit-Limit for a person signed in through mscu-cli");
        assertEquals(INTERACTIVE_BURST, call(Platform.secondGateway(), Persona.COORDINATOR).limit());
        assertEquals(BURST, call(Platform.gateway(), CLIENT).limit(), "a partner system without a limit of its own");
    }

    /** Concurrent calls through one gateway until the first 429 (or {@code MAX_CALLS} calls). */
    private static void spendThrough(String gateway, AtomicInteger allowed, AtomicReference<Answer> refused) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                running.add(workers.submit(() -> {
                    while (refused.get() == null && calls.incrementAndGet() <= MAX_CALLS) {
                        Answer answer = call(gateway);
                        if (answer.limited()) {
                            refused.compareAndSet(null, answer);
                        } else {
                            assertEquals(404, answer.status(), "the service answers an unknown referral: " + answer);
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** A call on a full bucket: when an earlier test spent some of it, waits until it has refilled. */
    private static Answer callOnFullBucket(String gateway) throws Exception {
        Answer answer = call(gateway);
        for (int attempt = 0; attempt < 5 && answer.remaining() != answer.limit() - 1; attempt++) {
            sleepSeconds(answer.reset() + 1);
            answer = call(gateway);
        }
        assertEquals(answer.limit() - 1, answer.remaining(), "the client's bucket is not full before the test: " + answer);
        return answer;
    }

    /** One cheap call the limiter counts: an unknown referral, which the referral service answers 404. */
    private static Answer call(String gateway) throws IOException, InterruptedException {
        return call(gateway, CLIENT);
    }

    private static Answer call(String gateway, Persona caller) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/referrals/" + UUID.randomUUID()))
                .header("Authorization", Tokens.bearer(caller)).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        var headers = response.headers();
        return new Answer(response.statusCode(), intHeader(response, "RateLimit-Limit"), intHeader(response, "RateLimit-Remaining"),
                intHeader(response, "RateLimit-Reset"), headers.firstValue("Retry-After").orElse(null),
                headers.firstValue("Content-Type").orElse(""), response.body());
    }

    private static int intHeader(HttpResponse<?> response, String name) {
        String value = response.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " header on a " + response.statusCode() + " answer"));
        return Integer.parseInt(value);
    }

    private static void sleepSeconds(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }
}
