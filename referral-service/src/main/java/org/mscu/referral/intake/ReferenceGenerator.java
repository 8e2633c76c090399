package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Takes the next reference of a year from its counter row, in the caller's transaction: the row stays
 * locked until that transaction ends, and a rollback gives the number back, so references are unique
 * (also by constraint) and gap-free.
 */
@ApplicationScoped
public class ReferenceGenerator {

    private final EntityManager em;

    ReferenceGenerator(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number number = (Number) em.createNativeQuery("""
                INSERT INTO referral_reference_counter AS c (year, last_number) VALUES (:year, 1)
                ON CONFLICT (year) DO UPDATE SET last_number = c.last_number + 1
                RETURNING c.last_number""")
                .setParameter("year", year)
                .getSingleResult();
        return ReferenceFormat.format(year, number.longValue());
    }
}
