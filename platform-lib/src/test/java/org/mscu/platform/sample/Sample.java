package org.mscu.platform.sample;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Test-only record owned by an agency, optionally shared with another. */
@Entity
@Table(name = "sample")
public class Sample extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String kind;
    public String agency;
    @Column(name = "shared_with")
    public String sharedWith;
    public String secret;
    public String phone;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
