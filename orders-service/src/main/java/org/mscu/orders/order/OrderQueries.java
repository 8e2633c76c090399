package org.mscu.orders.order;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mscu.platform.pagination.PageRequest;

/**
 * The order list as one keyset query (created_at, id): the caller's visibility first, then the filters.
 * Expiring means in force with a last day on or before the given day; an overdue notification is a
 * requirement not met by its day.
 */
@ApplicationScoped
public class OrderQueries {

    /** Up to {@code page.fetchSize()} orders after the page's cursor (created_at, id), in that order. */
    public List<PreventionOrder> page(OrderAccess.Visibility visibility, OrderFilter filter, LocalDate today,
                                      PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!visibility.all()) {
            List<String> scope = new ArrayList<>();
            if (visibility.ownAgency() != null) {
                scope.add("o.applicantAgency = :ownAgency");
                params.put("ownAgency", visibility.ownAgency());
            }
            if (visibility.inForce()) {
                scope.add("o.status in :inForce");
                params.put("inForce", List.copyOf(OrderStatus.IN_FORCE));
            }
            if (scope.isEmpty()) {
                return List.of();
            }
            where.add("(" + String.join(" or ", scope) + ")");
        }
        if (filter.status() != null) {
            where.add("o.status = :status");
            params.put("status", filter.status());
        }
        if (filter.type() != null) {
            where.add("o.type = :type");
            params.put("type", filter.type());
        }
        LocalDate horizon = filter.expiryHorizon(today);
        if (horizon != null) {
            where.add("o.status in :expiringStatuses and o.expiresOn is not null and o.expiresOn <= :expiringBefore");
            params.put("expiringStatuses", List.copyOf(OrderStatus.IN_FORCE));
            params.put("expiringBefore", horizon);
        }
        if (Boolean.TRUE.equals(filter.notificationOverdue())) {
            where.add("exists (select 1 from NotificationRequirement r where r.orderId = o.id and "
                    + "((r.notifiedOn is null and r.dueBy < :today) or r.notifiedOn > r.dueBy))");
            params.put("today", today);
        }
        if (filter.subjectNameKey() != null) {
            where.add("o.subjectNameKey = :nameKey");
            params.put("nameKey", filter.subjectNameKey());
        }
        if (filter.subjectDateOfBirth() != null) {
            where.add("o.subjectDateOfBirth = :dateOfBirth");
            params.put("dateOfBirth", filter.subjectDateOfBirth());
        }
        page.cursor().ifPresent(after -> {
            where.add("(o.createdAt > :afterCreatedAt or (o.createdAt = :afterCreatedAt and o.id > :afterId))");
            params.put("afterCreatedAt", after.instant(0));
            params.put("afterId", after.uuid(1));
        });
        String query = "from PreventionOrder o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by o.createdAt, o.id";
        return PreventionOrder.<PreventionOrder>find(query, params).range(0, page.fetchSize() - 1).list();
    }

    /** In-force orders whose every prohibition ended before {@code today}. */
    public List<PreventionOrder> ended(LocalDate today, int max) {
        return PreventionOrder.<PreventionOrder>find("status in ?1 and expiresOn is not null and expiresOn < ?2 order by expiresOn, id",
                List.copyOf(OrderStatus.IN_FORCE), today).range(0, max - 1).list();
    }

    /** In-force orders ending on or before {@code horizon} whose expiring event has not gone out. */
    public List<PreventionOrder> expiringUnannounced(LocalDate today, LocalDate horizon, int max) {
        return PreventionOrder.<PreventionOrder>find("status in ?1 and expiresOn is not null and expiresOn >= ?2"
                        + " and expiresOn <= ?3 and expiringPublishedAt is null order by expiresOn, id",
                List.copyOf(OrderStatus.IN_FORCE), today, horizon).range(0, max - 1).list();
    }
}
