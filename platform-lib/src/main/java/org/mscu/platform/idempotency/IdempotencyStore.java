package org.mscu.platform.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The {@code idempotency_record} table. Every call runs in its own short transaction, apart from
 * the request's: a claim must be visible to a concurrent retry at once, and a stored response
 * must never depend on a business transaction that might still roll back.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final IdempotencyConfig config;
    private final ObjectMapper json = new ObjectMapper();

    IdempotencyStore(AgroalDataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    ClaimOutcome claim(String clientId, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (insertClaim(connection, clientId, key, requestHash)) {
                    return new ClaimOutcome.Claimed();
                }
                return existing(connection, clientId, key, requestHash);
            }
        });
    }

    void complete(String clientId, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> execute("UPDATE idempotency_record SET state = 'COMPLETED', "
                + "response_status = ?, response_headers = ?::jsonb, response_body = ? "
                + "WHERE client_id = ? AND idempotency_key = ?", response.status(), headersJson(response.headers()),
                response.body(), clientId, key));
    }

    /** Forgets an unfinished claim (the request failed), so the client may retry under the same key. */
    void release(String clientId, String key) {
        QuarkusTransaction.requiringNew().run(() -> execute("DELETE FROM idempotency_record "
                + "WHERE client_id = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'", clientId, key));
    }

    /** Deletes expired records; returns how many. */
    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> execute("DELETE FROM idempotency_record WHERE expires_at < now()"));
    }

    private boolean insertClaim(Connection connection, String clientId, String key, String hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_record "
                + "(client_id, idempotency_key, request_hash, state, created_at, expires_at) "
                + "VALUES (?, ?, ?, 'IN_PROGRESS', now(), now() + ?::interval) ON CONFLICT DO NOTHING")) {
            insert.setString(1, clientId);
            insert.setString(2, key);
            insert.setString(3, hash);
            insert.setString(4, interval(config.ttl()));
            return insert.executeUpdate() == 1;
        }
    }

    private ClaimOutcome existing(Connection connection, String clientId, String key, String hash) throws SQLException, IOException {
        try (PreparedStatement select = connection.prepareStatement("SELECT request_hash, state, response_status, "
                + "response_headers::text, response_body, expires_at < now() AS expired, "
                + "created_at < now() - ?::interval AS abandoned "
                + "FROM idempotency_record WHERE client_id = ? AND idempotency_key = ? FOR UPDATE")) {
            select.setString(1, interval(config.inProgressTimeout()));
            select.setString(2, clientId);
            select.setString(3, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new ClaimOutcome.InProgress();
                }
                boolean inProgress = "IN_PROGRESS".equals(row.getString("state"));
                if (row.getBoolean("expired") || (inProgress && row.getBoolean("abandoned"))) {
                    reclaim(connection, clientId, key, hash);
                    return new ClaimOutcome.Claimed();
                }
                if (!row.getString("request_hash").equals(hash)) {
                    return new ClaimOutcome.Reused();
                }
                if (inProgress) {
                    return new ClaimOutcome.InProgress();
                }
                return new ClaimOutcome.Replay(new StoredResponse(row.getInt("response_status"),
                        json.readValue(row.getString(4), HEADERS), row.getBytes("response_body")));
            }
        }
    }

    private void reclaim(Connection connection, String clientId, String key, String hash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_record SET request_hash = ?, "
                + "state = 'IN_PROGRESS', response_status = NULL, response_headers = NULL, response_body = NULL, "
                + "created_at = now(), expires_at = now() + ?::interval WHERE client_id = ? AND idempotency_key = ?")) {
            update.setString(1, hash);
            update.setString(2, interval(config.ttl()));
            update.setString(3, clientId);
            update.setString(4, key);
            update.executeUpdate();
        }
    }

    private int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update idempotency records", e);
        }
    }

    private String headersJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }
}
