package it.fascicolosociale.kpi.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's history tables carry a dozen indexes each: keeping them up to date row by row makes a bulk load of
 * millions of rows ten times slower than building them once afterwards. Drops the indexes that back no constraint
 * (within the load's transaction, so a failed load gets them back) and recreates the same definitions at the end.
 */
final class Indexes {

    private static final String SECONDARY = """
            select i.relname, pg_get_indexdef(i.oid)
            from pg_index x
            join pg_class i on i.oid = x.indexrelid
            join pg_class t on t.oid = x.indrelid
            left join pg_constraint c on c.conindid = i.oid
            where t.relname = ? and c.oid is null and t.relnamespace = to_regnamespace(current_schema())""";

    private Indexes() {
    }

    private static final String NOT_OWNED = "select count(*) from pg_tables where tablename = any(?) and tableowner <> current_user";

    /**
     * Drops the secondary indexes of the tables; returns the statements that create them again. Only the tables'
     * owner may drop them: a load by the application's role (a small one, in the tests) keeps them as they are.
     */
    static List<String> drop(Connection connection, List<String> tables) throws SQLException {
        List<String> definitions = new ArrayList<>();
        if (!owned(connection, tables)) {
            return definitions;
        }
        List<String> names = new ArrayList<>();
        for (String table : tables) {
            try (PreparedStatement query = connection.prepareStatement(SECONDARY)) {
                query.setString(1, table);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                        definitions.add(rows.getString(2));
                    }
                }
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String name : names) {
                sql.execute("drop index " + name);
            }
        }
        return definitions;
    }

    static boolean owned(Connection connection, List<String> tables) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(NOT_OWNED)) {
            query.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        }
    }

    static void create(Connection connection, List<String> definitions) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local maintenance_work_mem = '512MB'");
            for (String definition : definitions) {
                sql.execute(definition);
            }
        }
    }
}
