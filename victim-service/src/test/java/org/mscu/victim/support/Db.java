package org.mscu.victim.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads what the service wrote where the API does not show it: outbox events and audit entries. */
public final class Db {

    private Db() {
    }

    /** An outbox event: its type and JSON data as text. */
    public record Event(String type, String subject, String data) {
    }

    public static List<Event> events(String subject) {
        return query("select type, subject, data::text from outbox_event where subject = ? order by occurred_at, id", subject,
                rs -> new Event(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public static List<Event> eventsOfType(String type) {
        return query("select type, subject, data::text from outbox_event where type = ? order by occurred_at, id", type,
                rs -> new Event(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** An audit entry: operation, resource type, caller username and justification. */
    public record Audit(String operation, String resourceType, String username, String justification) {
    }

    public static List<Audit> audit(String resourceId) {
        return query("select operation, resource_type, caller_username, justification from audit_entry where resource_id = ? order by seq",
                resourceId, rs -> new Audit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(String sql, String parameter, Row<T> row) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
