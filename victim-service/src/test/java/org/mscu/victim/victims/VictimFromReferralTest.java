package org.mscu.victim.victims;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VictimFromReferralTest {

    @Inject
    VictimService victims;

    @Inject
    EntityManager em;

    private static ReferralAccepted accepted(UUID referralId) {
        return new ReferralAccepted(referralId, "MSR-2026-000042", "Testa", "Fictional", LocalDate.parse("2009-03-03"),
                Gender.FEMALE, List.of("RO"), "Manchester", List.of(ExploitationType.CRIMINAL));
    }

    @Test
    @TestTransaction
    void recordsTheVictimOfAnAcceptedReferral() {
        UUID referralId = UUID.randomUUID();
        UUID id = victims.createFromReferral(accepted(referralId));

        Victim victim = Victim.findById(id);
        assertThat(victim.referralId).isEqualTo(referralId);
        assertThat(victim.origin).isEqualTo(Victim.Origin.REFERRAL_ACCEPTED);
        assertThat(victim.languages).containsExactly("ro");
        assertThat(victim.exploitationTypes).containsExactly("CRIMINAL");
        assertThat(em.createNativeQuery("select type from outbox_event where subject = :id").setParameter("id", id.toString())
                .getResultList()).containsExactly("victim.created");
        assertThat(em.createNativeQuery("select operation from audit_entry where resource_id = :id")
                .setParameter("id", id.toString()).getResultList()).containsExactly("COLLECTION");
    }

    @Test
    @TestTransaction
    void aRedeliveredEventReturnsTheSameVictim() {
        UUID referralId = UUID.randomUUID();
        UUID first = victims.createFromReferral(accepted(referralId));
        UUID second = victims.createFromReferral(accepted(referralId));

        assertThat(second).isEqualTo(first);
        assertThat(Victim.count("referralId", referralId)).isEqualTo(1);
    }

    @Test
    @TestTransaction
    void concurrentDeliveriesOfOneEventRecordOneVictim() throws Exception {
        UUID referralId = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<UUID>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> victims.createFromReferral(accepted(referralId)));
            }
            List<UUID> ids = new ArrayList<>();
            for (Future<UUID> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).containsOnly(ids.getFirst());
            assertThat(Victim.count("referralId", referralId)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
