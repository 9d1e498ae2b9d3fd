package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the process engine's tables as the schema owner, with the engine's own PostgreSQL create scripts read
 * from the camunda-engine jar on the classpath (the same scripts, in the same order, that the engine's schema
 * update runs), so that the application role needs no DDL right and the engine runs with its schema update off.
 * A database where the engine already made its tables is left as it is. A later engine version brings its
 * upgrade scripts ({@code org/camunda/bpm/engine/db/upgrade/postgres_engine_*.sql}): run them from a new
 * migration in the same way.
 */
public class V0160__camunda_engine_tables extends BaseJavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.";
    private static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String component : COMPONENTS) {
                for (String sql : statements(read(SCRIPTS + component + ".sql"))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static boolean engineTablesExist(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select to_regclass('act_ge_property') is not null")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " in the camunda-engine jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The script's statements: comment lines dropped, split at each semicolon that ends a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
