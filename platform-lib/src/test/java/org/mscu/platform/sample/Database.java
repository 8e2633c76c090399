package org.mscu.platform.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct JDBC to the test database as a chosen role, for what the API must not be able to do. */
public final class Database {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/platform_test";
    public static final String APP_ROLE = "platform";
    public static final String SUPERUSER = "postgres";

    private Database() {
    }

    public static Connection as(String role) throws SQLException {
        return DriverManager.getConnection(URL, role, role);
    }

    /** Runs an update as the role and returns the row count. */
    public static int update(String role, String sql, Object... parameters) throws SQLException {
        try (Connection connection = as(role); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first column of the first row, as a string (null when there is no row). */
    public static String scalar(String sql, Object... parameters) throws SQLException {
        try (Connection connection = as(SUPERUSER); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
