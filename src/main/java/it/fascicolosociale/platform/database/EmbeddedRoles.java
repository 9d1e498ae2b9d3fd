package it.fascicolosociale.platform.database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

/**
 * The two roles of the embedded database and its database, made by the superuser at every start: the owner,
 * who owns every table and runs Flyway, and the application role the pool connects as. Both passwords are new
 * at each start and live only in memory (never logged), so a kept data directory holds no usable password.
 *
 * @param ownerPassword       the owner's password for this start
 * @param applicationPassword the application role's password for this start
 */
record EmbeddedRoles(String ownerPassword, String applicationPassword) {

    static final String OWNER = "fascicolo_owner";
    static final String APPLICATION = "fascicolo_app";
    static final String DATABASE = "fascicolo";

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedRoles create(DataSource superuser) throws SQLException {
        EmbeddedRoles roles = new EmbeddedRoles(newPassword(), newPassword());
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            login(connection, statement, OWNER, roles.ownerPassword());
            login(connection, statement, APPLICATION, roles.applicationPassword());
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + OWNER
                        + " encoding 'UTF8' template template0");
            }
            statement.execute("revoke all on database " + DATABASE + " from public");
            statement.execute("grant connect on database " + DATABASE + " to " + APPLICATION);
        }
        return roles;
    }

    /** Creates the role if missing, then gives it this start's password (ALTER ROLE takes no bind parameters). */
    private static void login(Connection connection, Statement statement, String role, String password) throws SQLException {
        if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
            statement.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole noinherit");
        }
        statement.execute("alter role " + role + " password '" + password + "'");
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    /** Hex only, so that it can stand inside a SQL literal. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedRoles[owner=" + OWNER + ", application=" + APPLICATION + "]";
    }
}
