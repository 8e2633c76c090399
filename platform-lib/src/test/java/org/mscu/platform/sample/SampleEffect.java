package org.mscu.platform.sample;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Test-only: one effect of a sample event handler. */
@Entity
@Table(name = "sample_effect")
public class SampleEffect extends PanacheEntityBase {

    @Id
    public UUID id;
    public String consumer;
    @Column(name = "event_id")
    public String eventId;
    public String note;
    public Instant at;

    public static void record(String consumer, String eventId, String note) {
        SampleEffect effect = new SampleEffect();
        effect.id = UUID.randomUUID();
        effect.consumer = consumer;
        effect.eventId = eventId;
        effect.note = note;
        effect.at = Instant.now();
        effect.persist();
    }

    public static long effects(String consumer, String eventId) {
        return count("consumer = ?1 and eventId = ?2", consumer, eventId);
    }
}
