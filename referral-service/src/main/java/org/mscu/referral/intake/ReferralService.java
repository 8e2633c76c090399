package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;
import org.mscu.referral.crime.CrimeRecordingRule;
import org.mscu.referral.history.History;
import org.mscu.referral.history.HistoryKind;
import org.mscu.referral.linking.IdentifierIndex;
import org.mscu.referral.linking.Normalise;
import org.mscu.referral.sharing.ReferralAccess;

/** Intake and reading of referrals. */
@ApplicationScoped
public class ReferralService {

    /** Partners' clocks drift: a receivedAt this far ahead of ours is still accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Caller caller;
    private final Clock clock;
    private final ReferenceGenerator references;
    private final CrimeRecordingRule crimeRule;
    private final ReferralMapper mapper;
    private final ReferralAccess access;
    private final IdentifierIndex identifiers;
    private final History history;
    private final ReferralEvents events;
    private final ReferralAudit audit;
    private final Referrals referrals;

    ReferralService(Caller caller, Clock clock, ReferenceGenerator references, CrimeRecordingRule crimeRule,
                    ReferralMapper mapper, ReferralAccess access, IdentifierIndex identifiers, History history,
                    ReferralEvents events, ReferralAudit audit, Referrals referrals) {
        this.caller = caller;
        this.clock = clock;
        this.references = references;
        this.crimeRule = crimeRule;
        this.mapper = mapper;
        this.access = access;
        this.identifiers = identifiers;
        this.history = history;
        this.events = events;
        this.audit = audit;
        this.referrals = referrals;
    }

    @Transactional
    public Created create(CreateReferralRequest request) {
        Instant now = clock.instant();
        Instant receivedAt = request.receivedAt() != null ? request.receivedAt() : now;
        validate(request, receivedAt, now);
        PotentialVictim person = request.potentialVictim();
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.reference = references.next(now.atZone(ZoneOffset.UTC).getYear());
        r.source = request.source();
        r.status = ReferralStatus.RECEIVED;
        r.receivedAt = receivedAt;
        r.createdAt = now;
        r.referringAgency = caller.agency();
        r.createdBy = caller.username();
        r.potentialVictim = person;
        r.child = ChildAssessment.isChild(person.dateOfBirth(), person.estimatedAge(), person.disputed(),
                person.verified(), receivedAt);
        r.exploitationTypes = request.exploitationTypes().stream().distinct().map(Enum::name).toArray(String[]::new);
        r.location = request.location();
        r.suspects = request.suspects() == null ? List.of() : request.suspects();
        r.narrative = request.narrative();
        r.consentToNrm = request.consentToNrm();
        r.urgent = Boolean.TRUE.equals(request.urgent());
        r.crimeDueBy = crimeRule.dueBy(receivedAt);
        r.persist();
        identifiers.index(r);
        Grant grant = access.authorize("create", r);
        history.record(r.id, HistoryKind.STATE_CHANGE, "RECEIVED", "source " + r.source);
        audit.collected(r);
        events.received(r);
        return new Created(r.id, r.version, grant.redact(mapper.toResponse(r)));
    }

    @Transactional
    public Referrals.Viewed get(UUID id) {
        Referral r = referrals.find(id);
        Grant grant = access.authorize("read", r);
        history.record(r.id, HistoryKind.ACCESS, "READ", "granted by " + grant.rule());
        audit.consulted(r);
        return new Referrals.Viewed(r.version, grant.redact(mapper.toResponse(r)));
    }

    private static void validate(CreateReferralRequest request, Instant receivedAt, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new Problem.FieldError("receivedAt", "must not be in the future"));
        }
        PotentialVictim person = request.potentialVictim();
        if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(receivedAt.atZone(ZoneOffset.UTC).toLocalDate())) {
            errors.add(new Problem.FieldError("potentialVictim.dateOfBirth", "must not be after receivedAt"));
        }
        if (person.verified() && person.dateOfBirth() == null) {
            errors.add(new Problem.FieldError("potentialVictim.ageVerified", "a verified age needs a dateOfBirth"));
        }
        if (person.contactPhone() != null && Normalise.phone(person.contactPhone()) == null) {
            errors.add(new Problem.FieldError("potentialVictim.contactPhone", PHONE_MESSAGE));
        }
        if (request.location() != null && request.location().postcode() != null
                && Normalise.postcode(request.location().postcode()) == null) {
            errors.add(new Problem.FieldError("location.postcode", "is not a UK postcode (e.g. M1 1AA)"));
        }
        List<Suspect> suspects = request.suspects() == null ? List.of() : request.suspects();
        for (int i = 0; i < suspects.size(); i++) {
            if (suspects.get(i).phone() != null && Normalise.phone(suspects.get(i).phone()) == null) {
                errors.add(new Problem.FieldError("suspects[" + i + "].phone", PHONE_MESSAGE));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "Request is invalid", "One or more fields are invalid", errors);
        }
    }

    private static final String PHONE_MESSAGE = "is not a phone number (E.164 such as +447700900123, or UK national format)";

    public record Created(UUID id, long version, Object body) {
    }
}
