package org.mscu.victim.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tactical advisor on the 24/7 rota. */
@Entity
@Table(name = "tactical_advisor")
public class TacticalAdvisor extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String phone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
