package org.mscu.referral.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.mscu.platform.pagination.Cursor;

/**
 * The list endpoint is index-backed: at 100,000 referrals, the plan of the exact SQL {@link ReferralQuery} runs
 * ({@link ReferralListSql}) never reads the referral table sequentially, and a selective filter is an index condition.
 * The rows live in temporary tables shadowing {@code referral} and {@code referral_share} (pg_temp is searched
 * first) inside one transaction that is rolled back, so no other test sees them.
 */
@QuarkusTest
class ReferralListQueryPlanTest {

    private static final int ROWS = 100_000;
    private static final int LIMIT = 51;
    /** "Seq Scan on referral r", not "Seq Scan on referral_share s". */
    private static final Pattern SEQ_SCAN_ON_REFERRAL = Pattern.compile("Seq Scan on referral(?!_)");

    @Inject
    EntityManager em;

    private static ReferralFilter none() {
        return new ReferralFilter(null, null, null, null, null, null, null, null);
    }

    @Test
    @TestTransaction
    void everySupportedFilterOfTheListUsesAnIndexAt100000Referrals() {
        fill();
        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM referral").getSingleResult()).longValue())
                .as("the unqualified table is the temporary one").isEqualTo(ROWS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Cursor middle = Cursor.of(now.minus(Duration.ofDays(365)), UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));

        SoftAssertions softly = new SoftAssertions();
        check(softly, "status", "status",
                new ReferralFilter(ReferralStatus.RECEIVED, null, null, null, null, null, null, null), null, null);
        check(softly, "source", "source",
                new ReferralFilter(null, ReferralSource.POLICE, null, null, null, null, null, null), null, null);
        check(softly, "rare exploitation type", "exploitation_types",
                new ReferralFilter(null, null, ExploitationType.ORGAN_HARVESTING, null, null, null, null, null), null, null);
        check(softly, "common exploitation type", null,
                new ReferralFilter(null, null, ExploitationType.LABOUR, null, null, null, null, null), null, null);
        check(softly, "child", "child",
                new ReferralFilter(null, null, null, true, null, null, null, null), null, null);
        check(softly, "received window", "received_at", new ReferralFilter(null, null, null, null,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(390)), null, null), null, null);
        check(softly, "received from", "received_at", new ReferralFilter(null, null, null, null,
                now.minus(Duration.ofDays(3)), null, null, null), null, null);
        check(softly, "crime reference", "crime_reference",
                new ReferralFilter(null, null, null, null, null, null, "CR-000301", null), null, null);
        check(softly, "NRM reference", "nrm_reference",
                new ReferralFilter(null, null, null, null, null, null, null, "NRM-000400"), null, null);
        check(softly, "cursor page", "received_at", none(), null, middle);
        check(softly, "large agency with shares", "referring_agency", none(), "stop-the-traffik", null);
        check(softly, "small agency with shares", "referring_agency", none(), "probation-service", null);
        check(softly, "agency, status and cursor", null,
                new ReferralFilter(ReferralStatus.CLOSED, null, null, null, null, null, null, null), "dwp", middle);
        softly.assertAll();
    }

    /**
     * Explains the endpoint's SQL: never a sequential scan of referral, always some index, and when {@code indexed}
     * is given, that column in an index condition.
     */
    private void check(SoftAssertions softly, String what, String indexed, ReferralFilter filter, String agency, Cursor after) {
        ReferralListSql sql = ReferralListSql.of(filter, agency, after, LIMIT);
        Query explain = em.createNativeQuery("EXPLAIN " + sql.sql());
        sql.params().forEach(explain::setParameter);
        @SuppressWarnings("unchecked")
        String plan = String.join("\n", (List<String>) explain.getResultList());
        softly.assertThat(SEQ_SCAN_ON_REFERRAL.matcher(plan).find()).as(what + " seq-scans referral:\n" + plan).isFalse();
        softly.assertThat(plan).as(what + " uses no index:\n" + plan).containsPattern("Index (Only )?Scan");
        if (indexed != null) {
            softly.assertThat(plan).as(what + " is not an index condition:\n" + plan)
                    .containsPattern("Index Cond: .*\\b" + indexed + "\\b");
        }
    }

    /**
     * 100,000 fictional referrals received over two years from seven agencies (unevenly; probation-service submits 1%),
     * varied in status, source, exploitation types (organ harvesting 1 in 1,000), children (20%), crime references (2 in 3)
     * and NRM references (1 in 4); and 3,000 shares with three agencies, 10% of them revoked.
     */
    private void fill() {
        em.createNativeQuery("CREATE TEMP TABLE referral (LIKE public.referral INCLUDING ALL) ON COMMIT DROP").executeUpdate();
        em.createNativeQuery("CREATE TEMP TABLE referral_share (LIKE public.referral_share INCLUDING ALL) ON COMMIT DROP")
                .executeUpdate();
        em.createNativeQuery("SELECT count(*) FROM (SELECT setseed(0.42)) AS seeded").getSingleResult();
        em.createNativeQuery("""
                INSERT INTO referral (id, reference, source, status, received_at, created_at, referring_agency, created_by,
                    child, potential_victim, exploitation_types, location, suspects, narrative, consent_to_nrm, urgent,
                    crime_due_by, crime_reference, crime_recorded_at, nrm_stage, nrm_reference, nrm_submitted_at)
                SELECT md5('r' || i)::uuid, 'MSR-' || (2024 + i % 3) || '-' || lpad(i::text, 6, '0'), source, status,
                    received, received, agency, 'user-' || (i % 50), random() < 0.2,
                    jsonb_build_object('givenName', 'Testa', 'familyName', 'Fictional' || (i % 997), 'gender', 'FEMALE'),
                    CASE WHEN kind < 1 THEN ARRAY['ORGAN_HARVESTING'] WHEN kind < 450 THEN ARRAY['LABOUR']
                         WHEN kind < 650 THEN ARRAY['SEXUAL'] WHEN kind < 800 THEN ARRAY['CRIMINAL']
                         WHEN kind < 880 THEN ARRAY['CRIMINAL', 'LABOUR'] WHEN kind < 950 THEN ARRAY['DOMESTIC_SERVITUDE']
                         ELSE ARRAY['UNKNOWN'] END,
                    jsonb_build_object('district', 'Manchester'), '[]'::jsonb, 'Fictional narrative.',
                    random() < 0.7, random() < 0.05, received + interval '24 hours',
                    CASE WHEN i % 3 <> 0 THEN 'CR-' || lpad(i::text, 6, '0') END,
                    CASE WHEN i % 3 <> 0 THEN received + interval '20 hours' END,
                    CASE WHEN i % 4 = 0 THEN 'SUBMITTED' ELSE 'NOT_SUBMITTED' END,
                    CASE WHEN i % 4 = 0 THEN 'NRM-' || lpad(i::text, 6, '0') END,
                    CASE WHEN i % 4 = 0 THEN received + interval '3 days' END
                FROM (SELECT i, now() - random() * interval '730 days' AS received,
                             (ARRAY['NRM', 'THIRD_SECTOR', 'LOCAL_AUTHORITY', 'POLICE', 'PARTNER_AGENCY', 'PUBLIC'])[1 + floor(random() * 6)::int] AS source,
                             (ARRAY['RECEIVED', 'TRIAGED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'NO_FURTHER_ACTION', 'CLOSED', 'CLOSED'])[1 + floor(random() * 8)::int] AS status,
                             CASE WHEN i % 100 = 0 THEN 'probation-service'
                                  ELSE (ARRAY['gmp', 'gmp', 'gmp', 'stop-the-traffik', 'stop-the-traffik', 'manchester-city-council',
                                              'dwp', 'dwp', 'safe-haven-housing', 'immigration-enforcement'])[1 + floor(random() * 10)::int]
                             END AS agency,
                             floor(random() * 1000) AS kind
                      FROM generate_series(1, :rows) AS i) AS g""").setParameter("rows", ROWS).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO referral_share (id, referral_id, agency, level, purpose, legal_basis, shared_at, shared_by, revoked_at)
                SELECT md5('s' || i)::uuid, md5('r' || (1 + (i * 31) % :rows))::uuid,
                    (ARRAY['dwp', 'probation-service', 'stop-the-traffik'])[1 + i % 3],
                    CASE WHEN i % 2 = 0 THEN 'FULL' ELSE 'SUMMARY' END, 'safeguarding',
                    'Crime and Disorder Act 1998 s.115', now(), 'user-1', CASE WHEN i % 10 = 0 THEN now() END
                FROM generate_series(1, 3000) AS i""").setParameter("rows", ROWS).executeUpdate();
        em.createNativeQuery("ANALYZE referral").executeUpdate();
        em.createNativeQuery("ANALYZE referral_share").executeUpdate();
    }
}
