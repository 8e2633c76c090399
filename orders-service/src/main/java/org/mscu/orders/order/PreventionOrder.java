package org.mscu.orders.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "prevention_order")
public class PreventionOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;
}
