package org.mscu.victim.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.problem.ProblemException;

/** Tactical advisors, their shifts, who is on call and where the rota has gaps. */
@ApplicationScoped
public class RotaService {

    private final Caller caller;
    private final Clock clock;
    private final RotaConfig config;
    private final AuditLog audit;

    RotaService(Caller caller, Clock clock, RotaConfig config, AuditLog audit) {
        this.caller = caller;
        this.clock = clock;
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    public AdvisorResponse createAdvisor(CreateAdvisorRequest request) {
        String username = request.username().trim();
        if (TacticalAdvisor.count("username", username) > 0) {
            throw ProblemException.conflict("USERNAME_ON_ROTA", "An advisor with this username is already on the rota");
        }
        TacticalAdvisor advisor = new TacticalAdvisor();
        advisor.id = UUID.randomUUID();
        advisor.username = username;
        advisor.name = request.name().trim();
        advisor.phone = request.phone().trim();
        advisor.createdAt = Instant.now(clock);
        advisor.persistAndFlush();
        audit.collected("tactical-advisor", advisor.id);
        return AdvisorResponse.of(advisor);
    }

    @Transactional
    public ShiftResponse createShift(CreateShiftRequest request) {
        ShiftRules.violation(request.start(), request.end()).ifPresent(message -> {
            throw ProblemException.invalid("end", message);
        });
        if (TacticalAdvisor.findById(request.advisorId()) == null) {
            throw ProblemException.invalid("advisorId", "no such tactical advisor");
        }
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.advisorId = request.advisorId();
        shift.startsAt = request.start();
        shift.endsAt = request.end();
        shift.createdAt = Instant.now(clock);
        shift.createdBy = caller.username() == null ? "unknown" : caller.username();
        shift.persistAndFlush();
        return ShiftResponse.of(shift);
    }

    public AdvisorResponse advisor(UUID id) {
        TacticalAdvisor advisor = TacticalAdvisor.findById(id);
        if (advisor == null) {
            throw ProblemException.notFound();
        }
        audit.consulted("tactical-advisor", id);
        return AdvisorResponse.of(advisor);
    }

    public ShiftResponse shift(UUID id) {
        Shift shift = Shift.findById(id);
        if (shift == null) {
            throw ProblemException.notFound();
        }
        return ShiftResponse.of(shift);
    }

    public OnCallResponse onCall(Instant at) {
        Instant instant = at == null ? Instant.now(clock) : at;
        List<Shift> shifts = Shift.list("startsAt <= ?1 and endsAt > ?1 order by endsAt desc, id", instant);
        Map<UUID, TacticalAdvisor> advisors = advisors(shifts);
        return new OnCallResponse(instant, shifts.stream()
                .map(s -> {
                    TacticalAdvisor a = advisors.get(s.advisorId);
                    return new OnCallResponse.OnCallAdvisor(a.id, a.name, a.phone, s.endsAt);
                })
                .toList());
    }

    public CoverageResponse coverage(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        TimeWindow window = new TimeWindow(from, to);
        if (window.length().compareTo(config.maxCoverageWindow()) > 0) {
            throw ProblemException.invalid("to", "the window may span at most " + config.maxCoverageWindow().toDays() + " days");
        }
        List<TimeWindow> gaps = gaps(window);
        return new CoverageResponse(from, to, gaps.isEmpty(), gaps.stream().map(CoverageResponse.Gap::of).toList());
    }

    /** The exact gaps of the rota in a window. */
    public List<TimeWindow> gaps(TimeWindow window) {
        List<Shift> shifts = Shift.list("startsAt < ?1 and endsAt > ?2", window.to(), window.from());
        return Coverage.gaps(window, shifts.stream().map(Shift::window).toList());
    }

    private static Map<UUID, TacticalAdvisor> advisors(List<Shift> shifts) {
        if (shifts.isEmpty()) {
            return Map.of();
        }
        List<TacticalAdvisor> found = TacticalAdvisor.list("id in ?1", shifts.stream().map(s -> s.advisorId).distinct().toList());
        return found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }
}
