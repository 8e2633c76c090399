package org.mscu.accommodation.property;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "property")
public class Property extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;
}
