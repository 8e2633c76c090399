package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.hibernate.StaleStateException;
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

    /**
     * Writes pending changes now, so that a race lost to a concurrent change (version column) or to
     * another referral (unique references, one active share per agency) is a 409 and nothing changes.
     */
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw conflictOf(e);
        }
    }

    private static RuntimeException conflictOf(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return ProblemException.conflict("CONCURRENT_CHANGE",
                        "The referral was changed by another request at the same time; read it again and retry");
            }
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String constraint = violation.getConstraintName();
                if (constraint.contains("crime_reference")) {
                    return ProblemException.conflict("CRIME_REFERENCE_IN_USE", "This crime reference is recorded on another referral");
                }
                if (constraint.contains("nrm_reference")) {
                    return ProblemException.conflict("NRM_REFERENCE_IN_USE", "This NRM reference belongs to another referral");
                }
                if (constraint.contains("share_active")) {
                    return ProblemException.conflict("ALREADY_SHARED", "The referral is already shared with this agency");
                }
            }
        }
        return e;
    }

    /** A referral as the caller may see it, with the version for its ETag. */
    public record Viewed(long version, Object body) {
    }
}
