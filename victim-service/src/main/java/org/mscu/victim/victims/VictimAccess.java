package org.mscu.victim.victims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Set;
import java.util.UUID;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.problem.ProblemException;

/**
 * Computes the relationships between the caller and a victim for the access policy and finds a
 * victim the caller may reach: {@code assigned} holds when the caller's {@code preferred_username}
 * is the username of the victim's current liaison officer.
 */
@ApplicationScoped
public class VictimAccess {

    public static final String ASSIGNED = "assigned";

    private final AccessPolicy policy;
    private final Caller caller;
    private final EntityManager em;

    VictimAccess(AccessPolicy policy, Caller caller, EntityManager em) {
        this.policy = policy;
        this.caller = caller;
        this.em = em;
    }

    /** A victim and what the policy granted on it. */
    public record Reached(Victim victim, Grant grant) {
    }

    /** The victim if it exists and the policy lets the caller perform the action on it; 404 otherwise (403 for the role). */
    public Reached reach(UUID victimId, String resource, String action) {
        return reach(victimId, resource, action, LockModeType.NONE);
    }

    /** As {@link #reach(UUID, String, String)}, locking the victim row for a change. */
    public Reached reach(UUID victimId, String resource, String action, LockModeType lock) {
        if (!policy.permits(resource, action)) {
            throw ProblemException.forbidden("Your role may not use this function");
        }
        Victim victim = em.find(Victim.class, victimId, lock);
        if (victim == null) {
            throw ProblemException.notFound();
        }
        return new Reached(victim, policy.authorize(resource, action, relationships(victimId)));
    }

    public Set<String> relationships(UUID victimId) {
        return isAssignedToCaller(victimId) ? Set.of(ASSIGNED) : Set.of();
    }

    /** Whether a policy rule lets the caller perform the action on every victim, whatever the relationship. */
    public boolean reachesAll(String resource, String action) {
        return policy.find(resource, action, Set.of()).isPresent();
    }

    private boolean isAssignedToCaller(UUID victimId) {
        if (caller.username() == null) {
            return false;
        }
        Long count = em.createQuery("""
                        select count(a) from LiaisonAssignment a, LiaisonOfficer o
                        where a.victimId = :victim and a.endedAt is null and o.id = a.officerId and o.username = :username
                        """, Long.class)
                .setParameter("victim", victimId)
                .setParameter("username", caller.username())
                .getSingleResult();
        return count > 0;
    }
}
