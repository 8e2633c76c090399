package org.mscu.referral.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.pagination.Cursor;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;

/** Writes notifications from events and reads the caller's feed. Notifications hold no personal data: reads are not audited. */
@ApplicationScoped
public class NotificationService {

    /** The feed's filters; null means no filter. */
    public record Filter(Instant since, NotificationType type) {
    }

    private final EntityManager em;
    private final NotificationAudience audience;
    private final ObjectMapper mapper;
    private final Clock clock;

    NotificationService(EntityManager em, NotificationAudience audience, ObjectMapper mapper, Clock clock) {
        this.em = em;
        this.audience = audience;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Records the notification of one event, once: a second delivery of the same event id changes nothing.
     *
     * @return whether a notification was added
     * @throws IllegalArgumentException when the event is not a notifying type or its data lacks what the type needs
     */
    @Transactional
    public boolean record(UUID eventId, String eventType, String source, Instant occurredAt, JsonNode data) {
        NotificationType type = NotificationType.ofEventType(eventType)
                .orElseThrow(() -> new IllegalArgumentException("not a notifying event type: " + eventType));
        Notice notice = Notice.of(type, data);
        return em.createNativeQuery("""
                        INSERT INTO notification (id, type, source, occurred_at, received_at, title, link, subject_refs, agency)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, eventId).setParameter(2, eventType).setParameter(3, source)
                .setParameter(4, occurredAt.truncatedTo(ChronoUnit.MICROS))
                .setParameter(5, Instant.now(clock).truncatedTo(ChronoUnit.MICROS))
                .setParameter(6, notice.title()).setParameter(7, notice.link()).setParameter(8, json(notice.references()))
                .setParameter(9, notice.agency())
                .executeUpdate() == 1;
    }

    /** The caller's notifications, newest first (occurredAt, then id), keyset-paginated. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationResponse> feed(Filter filter, PageRequest page) {
        NotificationAudience.Visible visible = audience.ofCaller();
        if (visible.nothing()) {
            return new Page<>(List.of(), null);
        }
        List<String> audienceClauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!visible.everyType().isEmpty()) {
            audienceClauses.add("eventType in :everyType");
            params.put("everyType", visible.everyType());
        }
        if (!visible.ownAgencyTypes().isEmpty()) {
            audienceClauses.add("(eventType in :ownAgencyTypes and agency = :agency)");
            params.put("ownAgencyTypes", visible.ownAgencyTypes());
            params.put("agency", visible.agency());
        }
        List<String> where = new ArrayList<>();
        where.add("(" + String.join(" or ", audienceClauses) + ")");
        if (filter.type() != null) {
            where.add("eventType = :type");
            params.put("type", filter.type().eventType());
        }
        if (filter.since() != null) {
            where.add("occurredAt >= :since");
            params.put("since", filter.since());
        }
        page.cursor().ifPresent(after -> {
            where.add("(occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.instant(0));
            params.put("afterId", after.uuid(1));
        });
        List<Notification> rows = Notification.<Notification>find(String.join(" and ", where) + " order by occurredAt desc, id desc", params)
                .range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, n -> Cursor.of(n.occurredAt, n.id)).map(NotificationResponse::of);
    }

    private String json(Map<String, String> references) {
        try {
            return mapper.writeValueAsString(references);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write notification references", e);
        }
    }
}
