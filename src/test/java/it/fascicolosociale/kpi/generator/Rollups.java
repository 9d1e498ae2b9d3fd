package it.fascicolosociale.kpi.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The KPI's rolled-up tables during a bulk load: their triggers would refresh a rollup row for every history row
 * copied, looking up indexes the load has dropped. The owner suspends them within the load's transaction (a failed
 * load gets them back), and the load ends with the same rebuild function the migrations use for existing data. A
 * load by the application's role (a small one, in the tests) keeps the triggers firing, and rebuilds all the same.
 */
final class Rollups {

    /** The triggers that keep a rollup in step, on the tables the load copies into. */
    private static final List<String> TRIGGERS = List.of("act_hi_taskinst", "act_hi_identitylink",
            "act_hi_procinst", "social_case", "intake", "referral", "delegation");
    private static final List<String> REBUILDS = List.of("kpi_rebuild_task()");

    private Rollups() {
    }

    static void suspend(Connection connection, boolean owner) throws SQLException {
        switchTriggers(connection, owner, "disable");
    }

    static void rebuild(Connection connection, boolean owner) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String rebuild : REBUILDS) {
                sql.execute("select " + rebuild);
            }
        }
        switchTriggers(connection, owner, "enable");
    }

    private static void switchTriggers(Connection connection, boolean owner, String action) throws SQLException {
        if (!owner) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            for (String table : TRIGGERS) {
                sql.execute("alter table " + table + " " + action + " trigger kpi_task");
            }
        }
    }
}
