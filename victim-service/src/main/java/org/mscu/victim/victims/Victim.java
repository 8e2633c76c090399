package org.mscu.victim.victims;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "victim")
public class Victim extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;
}
