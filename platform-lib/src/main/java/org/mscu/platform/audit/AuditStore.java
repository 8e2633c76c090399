package org.mscu.platform.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads and appends {@code audit_entry} rows with plain JDBC on the datasource, so an append
 * joins the caller's transaction. Appends take a transaction-scoped advisory lock first: entries
 * are chained one at a time, in commit order.
 */
@ApplicationScoped
public class AuditStore {

    /** Advisory lock key of the audit chain (any constant unique within the database). */
    static final long CHAIN_LOCK = 0x6d736375_61756469L;

    private static final String COLUMNS = "id, seq, recorded_at, operation, resource_type, resource_id, caller_subject, "
            + "caller_username, caller_agency, caller_roles, client_id, justification, recipient_agency, trace_id, "
            + "detail, previous_hash, hash";

    private final AgroalDataSource dataSource;

    AuditStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Chains the entry after the current head and inserts it; must run inside a transaction. */
    AuditEntry append(AuditEntry entry) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CHAIN_LOCK);
                lock.execute();
            }
            AuditEntry chained = chainAfterHead(connection, entry);
            insert(connection, chained);
            return chained;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the audit log", e);
        }
    }

    /** Entries newest first, optionally of one record, with a sequence number below {@code beforeSeq}. */
    List<AuditEntry> newestFirst(String resourceId, Long beforeSeq, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM audit_entry WHERE (?::text IS NULL OR resource_id = ?::text)"
                + " AND (?::bigint IS NULL OR seq < ?::bigint) ORDER BY seq DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, resourceId);
            query.setString(2, resourceId);
            setLong(query, 3, beforeSeq);
            setLong(query, 4, beforeSeq);
            query.setInt(5, limit);
            return read(query);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log", e);
        }
    }

    /** Up to {@code limit} entries after {@code afterSeq}, in chain order. */
    List<AuditEntry> inChainOrder(long afterSeq, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?")) {
            query.setLong(1, afterSeq);
            query.setInt(2, limit);
            return read(query);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log", e);
        }
    }

    private static AuditEntry chainAfterHead(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
             ResultSet row = head.executeQuery()) {
            return row.next() ? entry.chained(row.getLong(1) + 1, row.getString(2)) : entry.chained(1, AuditChain.GENESIS);
        }
    }

    private static void insert(Connection connection, AuditEntry e) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, e.id());
            insert.setLong(2, e.seq());
            insert.setObject(3, e.recordedAt().atOffset(ZoneOffset.UTC));
            Object[] values = {e.operation().name(), e.resourceType(), e.resourceId(), e.subject(), e.username(),
                    e.agency(), String.join(",", e.roles()), e.clientId(), e.justification(), e.recipientAgency(),
                    e.traceId(), e.detail(), e.previousHash(), e.hash()};
            for (int i = 0; i < values.length; i++) {
                insert.setObject(4 + i, values[i], Types.VARCHAR);
            }
            insert.executeUpdate();
        }
    }

    private static List<AuditEntry> read(PreparedStatement query) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                String roles = row.getString("caller_roles");
                entries.add(new AuditEntry(row.getObject("id", UUID.class), row.getLong("seq"),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant(), AuditOperation.valueOf(row.getString("operation")),
                        row.getString("resource_type"), row.getString("resource_id"), row.getString("caller_subject"),
                        row.getString("caller_username"), row.getString("caller_agency"),
                        roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), row.getString("client_id"),
                        row.getString("justification"), row.getString("recipient_agency"), row.getString("trace_id"),
                        row.getString("detail"), row.getString("previous_hash"), row.getString("hash")));
            }
        }
        return entries;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
