package org.mscu.referral.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mscu.platform.pagination.Cursor;

/**
 * The SQL and named parameters of one page of {@code GET /api/v1/referrals}, newest first on (receivedAt, id).
 * Every filter is a condition an index leads with (V1 indexes). A caller scoped to its agency gets two ordered,
 * limited branches merged: its own referrals (agency index) and those actively shared with it (share index), so
 * neither a large nor a small agency walks the whole table. Package-visible so the query-plan test explains
 * exactly what the endpoint runs.
 *
 * @param sql    native SQL selecting {@code referral} rows
 * @param params its named parameters, in order of appearance
 */
record ReferralListSql(String sql, Map<String, Object> params) {

    private static final String NEWEST_FIRST = " ORDER BY r.received_at DESC, r.id DESC LIMIT :limit";

    /**
     * @param filter the list filters (null components mean "any")
     * @param agency null when the caller sees every referral; else the caller's agency, whose own and shared
     *               referrals are listed
     * @param after  the cursor of the previous page, or null for the first page
     * @param limit  rows to fetch
     */
    static ReferralListSql of(ReferralFilter filter, String agency, Cursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("true");
        condition(where, params, filter.status() == null ? null : filter.status().name(), "r.status = :status", "status");
        condition(where, params, filter.source() == null ? null : filter.source().name(), "r.source = :source", "source");
        condition(where, params, filter.exploitationType() == null ? null : filter.exploitationType().name(),
                "r.exploitation_types @> ARRAY[CAST(:etype AS text)]", "etype");
        condition(where, params, filter.child(), "r.child = :child", "child");
        condition(where, params, filter.receivedFrom(), "r.received_at >= :rfrom", "rfrom");
        condition(where, params, filter.receivedTo(), "r.received_at < :rto", "rto");
        condition(where, params, filter.crimeReference(), "r.crime_reference = :crimeref", "crimeref");
        condition(where, params, filter.nrmReference(), "r.nrm_reference = :nrmref", "nrmref");
        if (after != null) {
            where.append(" AND (r.received_at, r.id) < (:after_ts, :after_id)");
            params.put("after_ts", after.instant(0));
            params.put("after_id", after.uuid(1));
        }
        params.put("limit", limit);
        if (agency == null) {
            return new ReferralListSql("SELECT r.* FROM referral r WHERE " + where + NEWEST_FIRST, params);
        }
        params.put("agency", agency);
        String sql = "SELECT r.* FROM ("
                + "(SELECT r.* FROM referral r WHERE " + where + " AND r.referring_agency = :agency" + NEWEST_FIRST + ")"
                + " UNION ALL (SELECT r.* FROM referral r JOIN referral_share s"
                + " ON s.referral_id = r.id AND s.agency = :agency AND s.revoked_at IS NULL"
                + " WHERE " + where + " AND r.referring_agency <> :agency" + NEWEST_FIRST + ")"
                + ") r" + NEWEST_FIRST;
        return new ReferralListSql(sql, params);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }
}
