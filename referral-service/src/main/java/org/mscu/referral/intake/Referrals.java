package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.mscu.platform.concurrency.Preconditions;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.ProblemException;

/** Loading referrals for reading or changing, and presenting them as the caller may see them. */
@ApplicationScoped
public class Referrals {

    private final EntityManager em;
    private final ReferralMapper mapper;

    Referrals(EntityManager em, ReferralMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public Referral find(UUID id) {
        Referral r = em.find(Referral.class, id);
        if (r == null) {
            throw ProblemException.notFound();
        }
        return r;
    }

    /** The referral to change, when {@code If-Match} (if sent) names its current version: 412 otherwise. */
    public Referral forChange(UUID id, String ifMatch) {
        Referral r = find(id);
        Preconditions.requireMatch(ifMatch, r.version);
        return r;
    }

    /** The referral after a change (version bumped), redacted for the caller. */
    public Viewed view(Referral r, Grant grant) {
        flush();
        return new Viewed(r.version, grant.redact(mapper.toResponse(r)));
    }

    /** Writes pending changes; a unique reference taken meanwhile by another referral is a 409, not a 500. */
    public void flush() {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            String constraint = e.getConstraintName() == null ? "" : e.getConstraintName();
            if (constraint.contains("crime_reference")) {
                throw ProblemException.conflict("CRIME_REFERENCE_IN_USE", "This crime reference is recorded on another referral");
            }
            if (constraint.contains("nrm_reference")) {
                throw ProblemException.conflict("NRM_REFERENCE_IN_USE", "This NRM reference belongs to another referral");
            }
            throw e;
        }
    }

    /** A referral as the caller may see it, with the version for its ETag. */
    public record Viewed(long version, Object body) {
    }
}
