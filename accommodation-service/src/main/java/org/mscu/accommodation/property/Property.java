package org.mscu.accommodation.property;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A place of safety. Its address is restricted data: never logged, returned only to cleared roles. */
@Entity
@Table(name = "property")
public class Property extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String provider;

    public String district;

    public String address;

    @Enumerated(EnumType.STRING)
    public PropertyType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] features;

    @Column(name = "created_by_agency")
    public String createdByAgency;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    @Override
    public String toString() {
        return "Property[" + id + "]";
    }
}
