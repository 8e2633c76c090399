package org.mscu.accommodation.property;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One bed of a property; its features add to the property's. */
@Entity
@Table(name = "bed")
public class Bed extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "property_id")
    public UUID propertyId;

    public String label;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] features;

    public static List<Bed> ofProperty(UUID propertyId) {
        return list("propertyId = ?1 order by label", propertyId);
    }
}
