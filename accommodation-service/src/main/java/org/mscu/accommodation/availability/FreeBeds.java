package org.mscu.accommodation.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mscu.accommodation.common.Feature;

/**
 * Beds free for a whole period {@code [from, to)}: no placement that is not cancelled overlaps it
 * (the same test the exclusion constraint applies). Features are the bed's plus its property's.
 */
@ApplicationScoped
public class FreeBeds {

    /** A free bed; never carries the property's address. */
    public record FreeBed(UUID bedId, String label, UUID propertyId, String propertyName, String district,
                          String propertyType, Set<Feature> features) {
    }

    /** What to look for; null filters are not applied. */
    public record Search(LocalDate from, LocalDate to, String district, UUID propertyId, Collection<Feature> needs,
                         UUID after, int limit) {
    }

    private final EntityManager em;

    FreeBeds(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<FreeBed> find(Search search) {
        StringBuilder sql = new StringBuilder("""
                SELECT b.id, b.label, p.id AS property_id, p.name, p.district, p.type,
                       array_to_string(p.features || b.features, ',') AS features
                FROM bed b JOIN property p ON p.id = b.property_id
                WHERE (p.features || b.features) @> string_to_array(:needs, ',')
                  AND NOT EXISTS (SELECT 1 FROM placement pl
                                  WHERE pl.bed_id = b.id AND pl.status <> 'CANCELLED'
                                    AND pl.stay && daterange(:from, :to, '[)'))
                """);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("needs", needs(search.needs()));
        parameters.put("from", search.from());
        parameters.put("to", search.to());
        if (search.district() != null) {
            sql.append(" AND lower(p.district) = lower(:district)");
            parameters.put("district", search.district().strip());
        }
        if (search.propertyId() != null) {
            sql.append(" AND p.id = :propertyId");
            parameters.put("propertyId", search.propertyId());
        }
        if (search.after() != null) {
            sql.append(" AND b.id > :after");
            parameters.put("after", search.after());
        }
        sql.append(" ORDER BY b.id LIMIT :limit");
        parameters.put("limit", search.limit());
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(FreeBeds::row).toList();
    }

    private static FreeBed row(Object[] row) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        String joined = (String) row[6];
        if (joined != null && !joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(Feature::valueOf).forEach(features::add);
        }
        return new FreeBed((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                (String) row[5], features);
    }

    private static String needs(Collection<Feature> needs) {
        return needs == null ? "" : needs.stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(","));
    }
}
