package org.mscu.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #12's scale-out, on one machine: two replicas of each service ({@code bin/platform scale 2}: the
 * same databases and RabbitMQ virtual host, ports 9081-9084) behind the gateway, which takes them in turn.
 * Requests land on both; parallel bookings of one bed and night make one placement; parallel assignments
 * never take an officer past capacity; an event delivered to both consumer replicas takes effect once;
 * each scheduled job (overdue scan, order expiry, placement lifecycle, rota look-ahead), which runs on
 * both, announces each situation once; with one replica stopped no request fails, and it serves again
 * once it is back.
 *
 * <p>Runs only while the replicas serve (skipped otherwise, so {@code bin/platform test} leaves it out);
 * {@code reliability/run.sh} starts them for it. Which instance served a request is read from each
 * instance's own metrics ({@code /q/metrics}), reached directly. The figures go to
 * {@code target/reliability/scale-out.md}.
 */
class ScaleOutIT {

    private static final String REQUESTS = "http_server_requests_seconds_count";
    private static final String CONSUMED = "mscu_events_consumed_total";
    private static final String ACCEPTED_CONSUMER = "consumer=\"referral-accepted\"";
    private static final Duration EVENT_WAIT = Duration.parse(System.getProperty("mscu.e2e.event-wait", "PT1M"));
    private static final Duration OVERDUE_SCAN_WAIT = Duration.parse(System.getProperty("mscu.e2e.overdue-scan-wait", "PT2M"));
    private static final String OVERDUE = "referral.crime-recording-overdue";
    private static final String EXPIRING = "order.expiring";
    private static final String ENDING_SOON = "placement.ending-soon";
    private static final String GAP = "rota.gap-detected";
    private static final Map<String, String> FIGURES = new java.util.concurrent.ConcurrentSkipListMap<>();

    @BeforeEach
    void replicasServe() {
        for (Service service : Service.values()) {
            Assumptions.assumeTrue(ready(Platform.replica(service)), "the second replica of " + service.audience() + " does not serve at "
                    + Platform.replica(service) + ": start the replicas with bin/platform scale 2 (or up --replicas 2)");
        }
    }

    @Test
    void requestsThroughTheGatewayLandOnBothInstancesOfEveryService() {
        int requests = 20;
        for (Service service : Service.values()) {
            Reading before = Reading.of(service, REQUESTS);
            for (int i = 0; i < requests; i++) {
                Response answer = Calls.retrying(() -> Gateway.as(service.reader()).get(service.unknownRecordPath()));
                assertEquals(404, answer.statusCode(), answer.asString());
            }
            Reading served = Reading.of(service, REQUESTS).since(before);
            FIGURES.merge("1. " + requests + " requests through the gateway to each service, served by each instance",
                    served.toString(), (a, b) -> a + "; " + b);
            assertThat(service.audience() + ", first instance: " + served, served.first(), greaterThanOrEqualTo(requests / 4.0));
            assertThat(service.audience() + ", second instance: " + served, served.second(), greaterThanOrEqualTo(requests / 4.0));
        }
    }

    @Test
    void aStoppedInstanceIsPassedOverWithoutAFailedRequest() {
        String stopped = Service.ACCOMMODATION.audience() + "-2";
        int calls = 6;
        List<Integer> writes = new ArrayList<>();
        List<Integer> reads = new ArrayList<>();
        Launcher.stop(stopped);
        try {
            // Not through Calls, which waits out the gateway's 503: here none may happen.
            for (int i = 0; i < calls; i++) {
                writes.add(Gateway.as(Persona.HOUSING_OFFICER).body(AccommodationScenarios.propertyBody(Fixtures.unique()))
                        .post("/api/v1/properties").statusCode());
                reads.add(Gateway.as(Persona.HOUSING_OFFICER).get("/api/v1/occupancy").statusCode());
            }
        } finally {
            Launcher.start(stopped);
        }
        // Back: its circuit lets a probe through once open-duration (10 s) is over, and it serves its turn again.
        Instant back = Instant.now();
        Reading before = Reading.of(Service.ACCOMMODATION, REQUESTS);
        await().atMost(Duration.ofMinutes(1)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Gateway.as(Persona.HOUSING_OFFICER).get("/api/v1/occupancy").then().statusCode(200);
            return Reading.of(Service.ACCOMMODATION, REQUESTS).since(before).second() > 0;
        });
        FIGURES.put("6. " + stopped + " stopped: registrations (POST) and reads through the gateway",
                "POST " + writes + "; GET " + reads + "; served again " + Duration.between(back, Instant.now()).toSeconds()
                        + " s after it was ready");
        assertEquals(java.util.Collections.nCopies(calls, 201), writes, "every registration while one instance was down");
        assertEquals(java.util.Collections.nCopies(calls, 200), reads, "every read while one instance was down");
    }

    @Test
    void fiftyParallelBookingsOfOneBedForOneNightMakeOnePlacement() {
        String bed = AccommodationScenarios.property().fact("bedA");
        LocalDate night = Fixtures.today().plusDays(30);
        Reading before = Reading.of(Service.ACCOMMODATION, REQUESTS);

        List<Response> answers = inParallel(50, i -> Calls.retrying(() ->
                Gateway.as(Persona.COORDINATOR).body(AccommodationScenarios.placementBody(bed, night, night.plusDays(1)))
                        .post("/api/v1/placements")));
        Reading served = Reading.of(Service.ACCOMMODATION, REQUESTS).since(before);
        FIGURES.put("2. 50 parallel bookings of one bed for one night", "answers " + statuses(answers) + "; " + served);

        assertEquals(1, count(answers, 201), statuses(answers));
        answers.stream().filter(answer -> answer.statusCode() != 201).forEach(refused -> {
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals("BED_OCCUPIED", refused.jsonPath().getString("code"), refused.asString());
        });
        Gateway.as(Persona.COORDINATOR).queryParam("bedId", bed).get("/api/v1/placements")
                .then().statusCode(200).body("items.size()", equalTo(1));
        assertBoth(served, "the bookings");
    }

    @Test
    void parallelAssignmentsNeverTakeAnOfficerPastCapacity() {
        int capacity = 3;
        Map<String, Object> officer = VictimScenarios.officerBody("e2e.scale." + Fixtures.unique());
        officer.put("maxCaseload", capacity);
        String coordinator = Tokens.bearer(Persona.COORDINATOR);
        String officerId = Fixtures.post(coordinator, "/api/v1/liaison-officers", officer, 201).getString("id");
        List<String> victims = new ArrayList<>();
        for (int i = 0; i < 4 * capacity; i++) {
            victims.add(VictimScenarios.unassignedVictim().id());
        }
        Reading before = Reading.of(Service.VICTIMS, REQUESTS);

        List<Response> answers = inParallel(victims.size(), i -> Calls.retrying(() ->
                Gateway.as(Persona.COORDINATOR).body(Map.of("officerId", officerId, "reason", "Fictional: scale-out test"))
                        .post("/api/v1/victims/" + victims.get(i) + "/liaison")));
        Reading served = Reading.of(Service.VICTIMS, REQUESTS).since(before);
        FIGURES.put("3. " + victims.size() + " parallel assignments to an officer with room for " + capacity,
                "answers " + statuses(answers) + "; " + served);

        assertEquals(capacity, count(answers, 201), statuses(answers));
        answers.stream().filter(answer -> answer.statusCode() != 201).forEach(refused -> {
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals("OFFICER_AT_CAPACITY", refused.jsonPath().getString("code"), refused.asString());
        });
        Gateway.as(Persona.COORDINATOR).get("/api/v1/liaison-officers/" + officerId)
                .then().statusCode(200).body("caseload", equalTo(capacity));
        assertBoth(served, "the assignments");
    }

    @Test
    void anAcceptedReferralDeliveredManyTimesToBothConsumerReplicasRecordsOneVictim() {
        String queue = "victims.referral-accepted";
        assertThat("consumers of " + queue, Broker.consumers(queue), greaterThanOrEqualTo(2));
        int copies = 12;
        String event = UUID.randomUUID().toString();
        Reading processedBefore = Reading.of(Service.VICTIMS, CONSUMED, ACCEPTED_CONSUMER, "outcome=\"processed\"");
        Reading duplicatesBefore = Reading.of(Service.VICTIMS, CONSUMED, ACCEPTED_CONSUMER, "outcome=\"duplicate\"");

        String referral = ReferralScenarios.accepted(ReferralScenarios.sharedByACharity()).id();
        // Another event about the referral, delivered again and again, as a relay that lost its confirms sends it.
        String envelope = referralAccepted(event, referral);
        for (int i = 0; i < copies; i++) {
            Broker.publish("referral.accepted", event, "application/cloudevents+json", envelope);
        }
        // The outbox's own event and the first copy run the handler; every other copy is a duplicate.
        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(1)).until(() ->
                Reading.of(Service.VICTIMS, CONSUMED, ACCEPTED_CONSUMER, "outcome=\"processed\"").since(processedBefore).total() >= 2
                        && Reading.of(Service.VICTIMS, CONSUMED, ACCEPTED_CONSUMER, "outcome=\"duplicate\"").since(duplicatesBefore).total()
                        >= copies - 1);
        Reading processed = Reading.of(Service.VICTIMS, CONSUMED, ACCEPTED_CONSUMER, "outcome=\"processed\"").since(processedBefore);
        Reading duplicates = Reading.of(Service.VICTIMS, CONSUMED, ACCEPTED_CONSUMER, "outcome=\"duplicate\"").since(duplicatesBefore);

        FIGURES.put("4. an accepted referral and " + copies + " deliveries of one more event about it",
                Broker.consumers(queue) + " consumers of " + queue + "; handler ran: " + processed + "; duplicates dropped: " + duplicates);
        assertEquals(2, processed.total(), 0.0, "handled: " + processed);
        assertEquals(copies - 1, duplicates.total(), 0.0, "duplicates: " + duplicates);
        assertBoth(processed.plus(duplicates), "the deliveries");
        Gateway.as(Persona.COORDINATOR).queryParam("referralId", referral).get("/api/v1/victims")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void theOverdueScanRunningOnBothReplicasNotifiesOncePerReferral() {
        Duration every = jobInterval("REFERRALS_CRIME_RECORDING_OVERDUE_SCAN_EVERY", "referral-service's overdue scan");
        Instant since = Instant.now().minusSeconds(5);

        List<String> referrals = new ArrayList<>();
        // Each referral's notification proves a scan after its creation: four in a row span several
        // scans of both replicas.
        for (int i = 0; i < 4; i++) {
            String referral = overdueReferral();
            referrals.add(referral);
            awaitNotified(OVERDUE, "referralId", referral, since);
        }

        assertNotifiedOnce(OVERDUE, "referralId", referrals, since);
        for (String referral : referrals) {
            List<String> overdue = Gateway.as(Persona.COORDINATOR).get("/api/v1/referrals/" + referral + "/history")
                    .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.action == 'CRIME_RECORDING_OVERDUE' }.action");
            assertEquals(1, overdue.size(), "history of " + referral);
        }
        FIGURES.put("5. overdue scan every " + every.toSeconds() + " s on both replicas", referrals.size() + " overdue referrals created one after "
                + "another, each notified once and marked overdue once in its history");
    }

    @Test
    void theOrderExpiryScanRunningOnBothReplicasAnnouncesEachExpiringOrderOnce() {
        Duration every = jobInterval("MSCU_ORDERS_EXPIRY_EVERY", "orders-service's expiry scan");
        int orders = announcedOnceEach(every, EXPIRING, "orderId",
                () -> OrderScenarios.grantedUntil(Persona.ORDER_MANAGER, Fixtures.today().plusDays(30)).id());
        FIGURES.put("7. order-expiry scan every " + every.toSeconds() + " s on both replicas", orders
                + " orders granted one after another, ending in 30 days: each announced as expiring once");
    }

    @Test
    void thePlacementLifecycleRunningOnBothReplicasAnnouncesEachEndingPlacementOnce() {
        Duration every = jobInterval("PLACEMENT_LIFECYCLE_EVERY", "accommodation-service's placement lifecycle");
        // From today to tomorrow: active at once, and within the one day's notice of its end.
        int placements = announcedOnceEach(every, ENDING_SOON, "placementId",
                () -> AccommodationScenarios.placement(Fixtures.today()).id());
        FIGURES.put("8. placement lifecycle every " + every.toSeconds() + " s on both replicas", placements
                + " placements ending tomorrow, created one after another: each announced as ending soon once");
    }

    @Test
    void theRotaLookAheadRunningOnBothReplicasReportsEachNewGapOnce() {
        Duration every = jobInterval("ROTA_CHECK_EVERY", "victim-service's rota look-ahead");
        Instant start = quietSevenHours();
        Instant hole = start.plus(2, ChronoUnit.HOURS);
        Instant after = start.plus(5, ChronoUnit.HOURS);
        Instant since = Instant.now().minusSeconds(5);

        // Two shifts an hour apart split the open rota: [hole, hole + 1 h) and [after, ...) are new gaps.
        String coordinator = Tokens.bearer(Persona.COORDINATOR);
        String advisor = Fixtures.post(coordinator, "/api/v1/tactical-advisors", Map.of("username", "e2e.scale." + Fixtures.unique(),
                "name", "Scale-out advisor", "phone", ReferralScenarios.fictionalPhone()), 201).getString("id");
        Fixtures.post(coordinator, "/api/v1/tactical-advisors/shifts",
                Map.of("advisorId", advisor, "start", start.toString(), "end", hole.toString()), 201);
        Fixtures.post(coordinator, "/api/v1/tactical-advisors/shifts",
                Map.of("advisorId", advisor, "start", hole.plus(1, ChronoUnit.HOURS).toString(), "end", after.toString()), 201);
        List<String> gapStarts = List.of(hole.toString(), after.toString());
        await().atMost(OVERDUE_SCAN_WAIT).pollInterval(Duration.ofSeconds(2)).until(() ->
                gapStarts.stream().allMatch(from -> gapsStartingAt(from, since) > 0));
        pause(every.multipliedBy(2));

        for (String from : gapStarts) {
            assertEquals(1, gapsStartingAt(from, since), "notifications of the gap from " + from + ": "
                    + feed(GAP, since).jsonPath().getList("items.title"));
        }
        FIGURES.put("9. rota look-ahead every " + every.toSeconds() + " s on both replicas",
                "two shifts with an hour between them, from " + start + ": each of the two new gaps reported once");
    }

    @AfterAll
    static void writeTheFigures() throws java.io.IOException {
        if (FIGURES.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder("# Scale-out: two instances of each service\n\n| check | figures |\n|---|---|\n");
        FIGURES.forEach((check, figures) -> md.append("| ").append(check).append(" | ").append(figures).append(" |\n"));
        java.nio.file.Path file = java.nio.file.Path.of("target", "reliability", "scale-out.md");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, md);
    }

    /** A metric of both instances of a service (read from each directly), or how much it grew. */
    private record Reading(String service, double first, double second) {

        static Reading of(Service service, String metric, String... labels) {
            return new Reading(service.audience(), Metrics.total(Platform.direct(service), metric, labels),
                    Metrics.total(Platform.replica(service), metric, labels));
        }

        Reading since(Reading before) {
            return new Reading(service, first - before.first, second - before.second);
        }

        Reading plus(Reading other) {
            return new Reading(service, first + other.first, second + other.second);
        }

        double total() {
            return first + second;
        }

        @Override
        public String toString() {
            return String.format("%s: %.0f on the first instance, %.0f on the second", service, first, second);
        }
    }

    private static void assertBoth(Reading served, String what) {
        assertTrue(served.first() > 0 && served.second() > 0, what + " reached both instances: " + served);
    }

    /** {@code n} calls at once (all threads released together); their answers. */
    private static List<Response> inParallel(int n, IntFunction<Response> call) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(threads.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : calls) {
                answers.add(answer.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a parallel call failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static long count(List<Response> answers, int status) {
        return answers.stream().filter(answer -> answer.statusCode() == status).count();
    }

    private static String statuses(List<Response> answers) {
        return answers.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting())).toString();
    }

    private static boolean ready(String instance) {
        try {
            return RestAssured.given().baseUri(instance).get("/q/health/ready").statusCode() == 200;
        } catch (Exception unreachable) {
            // RestAssured throws the connection's ConnectException unchecked
            return false;
        }
    }

    /** A coordinator's referral received 25 hours ago: its crime recording is overdue. */
    private static String overdueReferral() {
        Map<String, Object> body = new HashMap<>(Referrals.adultLabourExploitation());
        body.put("receivedAt", Instant.now().minus(25, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        return Fixtures.post(Tokens.bearer(Persona.COORDINATOR), "/api/v1/referrals", body, 201).getString("id");
    }

    private static Response feed(String type, Instant since) {
        return Gateway.as(Persona.COORDINATOR).queryParam("type", type)
                .queryParam("since", since.toString()).queryParam("limit", 200).get("/api/v1/notifications");
    }

    private static void awaitNotified(String type, String reference, String id, Instant since) {
        await().atMost(OVERDUE_SCAN_WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                feed(type, since).then().statusCode(200).body("items.references." + reference, hasItem(id)));
    }

    /**
     * Three records made one after another, each announced before the next is made; then two more
     * intervals, which give both replicas' jobs the chance to announce one again; each is in the feed
     * once. How many records it made.
     */
    private static int announcedOnceEach(Duration every, String type, String reference, java.util.function.Supplier<String> record) {
        Instant since = Instant.now().minusSeconds(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = record.get();
            ids.add(id);
            awaitNotified(type, reference, id, since);
        }
        pause(every.multipliedBy(2));
        assertNotifiedOnce(type, reference, ids, since);
        return ids.size();
    }

    private static void assertNotifiedOnce(String type, String reference, List<String> ids, Instant since) {
        List<String> notified = feed(type, since).then().statusCode(200).extract().jsonPath().getList("items.references." + reference);
        for (String id : ids) {
            assertEquals(1, notified.stream().filter(id::equals).count(), type + " notifications of " + id + ": " + notified);
        }
    }

    private static long gapsStartingAt(String from, Instant since) {
        List<String> titles = feed(GAP, since).then().statusCode(200).extract().jsonPath().getList("items.title");
        return titles.stream().filter(title -> title.contains(" from " + from + " to ")).count();
    }

    /**
     * An hour an hour into seven uncovered hours of the look-ahead (24 to 70 hours ahead): two shifts there
     * open gaps that start where no gap started before, whatever shifts earlier runs left.
     */
    private static Instant quietSevenHours() {
        Instant from = Instant.now().plus(24, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        Instant to = from.plus(46, ChronoUnit.HOURS);
        List<Map<String, String>> gaps = Gateway.as(Persona.COORDINATOR).queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/api/v1/tactical-advisors/coverage")
                .then().statusCode(200).extract().jsonPath().getList("gaps");
        return gaps.stream()
                .map(gap -> Instant.parse(gap.get("from")).truncatedTo(ChronoUnit.HOURS).plus(2, ChronoUnit.HOURS))
                .filter(start -> gaps.stream().anyMatch(gap -> !Instant.parse(gap.get("from")).isAfter(start.minus(1, ChronoUnit.HOURS))
                        && !Instant.parse(gap.get("to")).isBefore(start.plus(6, ChronoUnit.HOURS))))
                .findFirst()
                .orElseGet(() -> {
                    Assumptions.abort("no seven uncovered hours 24 to 70 hours ahead (a seeded rota?): " + gaps);
                    return null;
                });
    }

    /**
     * How often a scheduled job runs, as the platform under test was started with it; skips the test when
     * that is too rarely to watch it run several times on both replicas.
     */
    private static Duration jobInterval(String variable, String job) {
        String recorded = Platform.mode(variable).orElse("its default");
        Assumptions.assumeTrue(recorded.matches("\\d+[smh]") && interval(recorded).compareTo(Duration.ofMinutes(1)) <= 0,
                job + " runs every " + recorded + ": start the platform with " + variable + "=10s to prove it");
        return interval(recorded);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A {@code referral.accepted} CloudEvent as referral-service's relay publishes it (the ids only matter here). */
    private static String referralAccepted(String eventId, String referral) {
        return """
                {"specversion": "1.0", "id": "%s", "type": "referral.accepted", "source": "referrals", "time": "%s",
                 "subject": "%s", "datacontenttype": "application/json", "data": {"referralId": "%s"}}"""
                .formatted(eventId, Instant.now().truncatedTo(ChronoUnit.MICROS), referral, referral);
    }

    /** A Quarkus scheduler interval as bin/platform records it ({@code 10s}, {@code 15m}, {@code 1h}). */
    private static Duration interval(String every) {
        return Duration.parse("PT" + every.toUpperCase());
    }
}
