package org.mscu.accommodation.occupancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mscu.accommodation.common.AccommodationConfig;
import org.mscu.accommodation.occupancy.OccupancyApi.DistrictOccupancy;
import org.mscu.accommodation.occupancy.OccupancyApi.OccupancyResponse;
import org.mscu.accommodation.occupancy.OccupancyApi.PropertyOccupancy;
import org.mscu.platform.policy.AccessPolicy;

/**
 * Occupancy at an instant: a bed is occupied when a placement that is not cancelled covers the
 * night the instant falls in (local date); a placement that ended early covers nights up to its end.
 */
@ApplicationScoped
public class OccupancyService {

    private final EntityManager em;
    private final AccessPolicy policy;
    private final AccommodationConfig config;

    OccupancyService(EntityManager em, AccessPolicy policy, AccommodationConfig config) {
        this.em = em;
        this.policy = policy;
        this.config = config;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public OccupancyResponse at(Instant at) {
        policy.authorize("occupancy", "read");
        LocalDate night = LocalDate.ofInstant(at, config.zone());
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.district, p.id, p.name, count(b.id) AS beds,
                       count(b.id) FILTER (WHERE EXISTS (
                           SELECT 1 FROM placement pl
                           WHERE pl.bed_id = b.id AND pl.status <> 'CANCELLED' AND pl.stay @> CAST(:night AS date))) AS occupied
                FROM property p JOIN bed b ON b.property_id = p.id
                GROUP BY p.district, p.id, p.name
                ORDER BY p.district, p.name, p.id
                """).setParameter("night", night).getResultList();
        Map<String, List<PropertyOccupancy>> byDistrict = new LinkedHashMap<>();
        for (Object[] row : rows) {
            int beds = ((Number) row[3]).intValue();
            int occupied = ((Number) row[4]).intValue();
            byDistrict.computeIfAbsent((String) row[0], d -> new ArrayList<>())
                    .add(new PropertyOccupancy((UUID) row[1], (String) row[2], beds, occupied, beds - occupied));
        }
        List<DistrictOccupancy> districts = byDistrict.entrySet().stream().map(e -> {
            int beds = e.getValue().stream().mapToInt(PropertyOccupancy::beds).sum();
            int occupied = e.getValue().stream().mapToInt(PropertyOccupancy::occupied).sum();
            return new DistrictOccupancy(e.getKey(), beds, occupied, beds - occupied, e.getValue());
        }).toList();
        int beds = districts.stream().mapToInt(DistrictOccupancy::beds).sum();
        int occupied = districts.stream().mapToInt(DistrictOccupancy::occupied).sum();
        return new OccupancyResponse(at, night, beds, occupied, beds - occupied, districts);
    }
}
