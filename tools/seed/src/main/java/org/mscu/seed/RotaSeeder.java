package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tactical-advisor rota for the week that followed the first run: 12-hour shifts (08:00-20:00 and
 * 20:00-08:00 UTC) from the one running at the seed world's epoch, taken in turn by the advisors, except for
 * one deliberate gap: Wednesday night's shift ends at 02:00, leaving 02:00-08:00 uncovered. The week is
 * anchored on the epoch, not on the run, so every later run (an hour or a month later) plans the very same
 * fourteen shifts and creates none.
 *
 * <p>victim-service lists neither advisors nor shifts, so both are found through what it does answer:
 * a shift by asking who is on call when it starts; an advisor by the {@code Idempotency-Key} replay of its
 * creation (24 hours), else among those on call in the last eight weeks.
 */
final class RotaSeeder {

    static final String ADVISORS = "tactical advisors";
    static final String SHIFTS = "rota shifts";

    static final Duration SHIFT = Duration.ofHours(12);
    static final int SHIFTS_PER_WEEK = 14;
    static final Duration GAP = Duration.ofHours(6);
    private static final Instant FIRST_SHIFT = Instant.parse("1970-01-01T08:00:00Z");
    private static final int WEEKS_SEARCHED = 8;

    /** One planned shift. */
    record PlannedShift(int advisor, Instant start, Instant end) {
    }

    private final Api api;
    private final Times times;
    private final Tally tally;

    RotaSeeder(Api api, Times times, Tally tally) {
        this.api = api;
        this.times = times;
        this.tally = tally;
    }

    /** The advisors' ids by username, after their shifts for the seeded week are in place. */
    Map<String, String> seed(List<JsonNode> advisors) {
        List<PlannedShift> shifts = plan(times, advisors.size());
        Map<String, String> ids = advisors(advisors);
        for (PlannedShift shift : shifts) {
            String username = advisors.get(shift.advisor()).path("username").asText();
            String advisorId = ids.get(username);
            boolean present = false;
            for (JsonNode onCall : onCall(shift.start()).path("advisors")) {
                present |= onCall.path("advisorId").asText().equals(advisorId)
                        && Instant.parse(onCall.path("until").asText()).equals(shift.end());
            }
            tally.count(SHIFTS, !present);
            if (!present) {
                ObjectNode body = api.json().createObjectNode().put("advisorId", advisorId)
                        .put("start", shift.start().toString()).put("end", shift.end().toString());
                Api.require(api.create(Identity.COORDINATOR, "/api/v1/tactical-advisors/shifts", body,
                        "shift-" + username + "-" + shift.start().getEpochSecond()), "adding a shift of " + username);
            }
        }
        return ids;
    }

    /**
     * The seeded week's shifts, from the one running at the epoch (the first run's "now", whenever this run
     * is): who takes each, and the one gap.
     */
    static List<PlannedShift> plan(Times times, int advisors) {
        long current = Duration.between(FIRST_SHIFT, times.epoch()).dividedBy(SHIFT);
        List<PlannedShift> shifts = new ArrayList<>();
        for (long index = current; index < current + SHIFTS_PER_WEEK; index++) {
            Instant start = FIRST_SHIFT.plus(SHIFT.multipliedBy(index));
            Instant end = start.plus(SHIFT);
            if (deliberateGap(start)) {
                end = end.minus(GAP);
            }
            shifts.add(new PlannedShift((int) (index % advisors), start, end));
        }
        return shifts;
    }

    /** Wednesday's night shift is cut short: nobody covers Thursday 02:00-08:00 UTC. */
    static boolean deliberateGap(Instant shiftStart) {
        var start = shiftStart.atOffset(ZoneOffset.UTC);
        return start.getDayOfWeek() == DayOfWeek.WEDNESDAY && start.getHour() == 20;
    }

    private Map<String, String> advisors(List<JsonNode> advisors) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<JsonNode> unknown = new ArrayList<>();
        for (JsonNode advisor : advisors) {
            String username = advisor.path("username").asText();
            Api.Reply reply = api.create(Identity.COORDINATOR, "/api/v1/tactical-advisors", advisor, "advisor-" + username);
            if (reply.status() == 409 && reply.code().equals("USERNAME_ON_ROTA")) {
                unknown.add(advisor);
                continue;
            }
            JsonNode created = Api.require(reply, "putting " + username + " on the rota");
            tally.count(ADVISORS, !reply.replayed());
            ids.put(username, created.path("id").asText());
        }
        if (!unknown.isEmpty()) {
            findOnCall(unknown, ids);
        }
        return ids;
    }

    /** Looks for advisors already on the rota among those on call, from the seeded week's last shift back. */
    private void findOnCall(List<JsonNode> unknown, Map<String, String> ids) {
        Instant latest = plan(times, 1).getLast().start();
        Instant earliest = latest.minus(Duration.ofDays(7L * WEEKS_SEARCHED));
        for (Instant at = latest; !at.isBefore(earliest) && !unknown.isEmpty(); at = at.minus(SHIFT)) {
            for (JsonNode onCall : onCall(at.plus(1, ChronoUnit.MINUTES)).path("advisors")) {
                unknown.removeIf(advisor -> {
                    boolean same = advisor.path("name").asText().equals(onCall.path("name").asText())
                            && advisor.path("phone").asText().equals(onCall.path("phone").asText());
                    if (same) {
                        ids.put(advisor.path("username").asText(), onCall.path("advisorId").asText());
                        tally.found(ADVISORS);
                    }
                    return same;
                });
            }
        }
        if (!unknown.isEmpty()) {
            throw new SeedException("tactical advisor " + unknown.getFirst().path("username").asText() + " is on the rota but has no"
                    + " shift in the " + WEEKS_SEARCHED + " weeks up to the seeded week's end, and victim-service cannot list"
                    + " advisors: seed fresh databases (bin/platform db --reset)");
        }
    }

    private JsonNode onCall(Instant at) {
        return api.get(Identity.COORDINATOR, "/api/v1/tactical-advisors/on-call?at=" + Api.encode(at.toString()));
    }
}
