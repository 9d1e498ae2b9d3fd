package it.fascicolosociale.kpi.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The KPI's rolled-up tables during a bulk load: their triggers would refresh a rollup row for every history row
 * copied, looking up indexes the load has dropped. The owner suspends them within the load's transaction (a failed
 * load gets them back), and the load ends with the same rebuild function the migrations use for existing data. A
 * load by the application's role (a small one, in the tests) keeps the triggers firing and does not rebuild: what it
 * leaves in the rollups is what the triggers kept, which the tests compare with the views.
 */
final class Rollups {

    /**
     * The triggers that keep a rollup in step ({@code trigger on table}), on the tables the load copies into and on
     * the rollups that other rollups are kept from (rebuilt after them).
     */
    private static final List<String> TRIGGERS = List.of("kpi_task on act_hi_taskinst", "kpi_task on act_hi_identitylink",
            "kpi_task on act_hi_procinst", "kpi_task on social_case", "kpi_task on intake", "kpi_task on referral",
            "kpi_task on delegation", "kpi_case_event on case_event", "kpi_case_event on social_case",
            "kpi_case_event on delegation", "kpi_delivery on benefit_delivery", "kpi_delivery on benefit",
            "kpi_delivery on delegation",
            "kpi_task_month on kpi_task",
            "kpi_intake_lead on intake", "kpi_intake_lead on social_case", "kpi_intake_lead on care_plan",
            "kpi_intake_lead on act_hi_procinst", "kpi_intake_lead on act_hi_actinst",
            "kpi_intake_lead_deleted on act_hi_actinst", "kpi_intake_lead on delegation",
            "kpi_intake_lead_updated on intake", "kpi_intake_lead_updated on social_case",
            "kpi_intake_lead_updated on care_plan", "kpi_intake_lead_updated on act_hi_procinst");
    private static final List<String> REBUILDS = List.of("kpi_rebuild_task()", "kpi_rebuild_case_event()",
            "kpi_rebuild_delivery()",
            "kpi_rebuild_task_month()",
            "kpi_rebuild_intake_lead()");

    /** The rolled-up tables the rebuilds refill. */
    private static final List<String> TABLES = List.of("kpi_task", "kpi_task_month", "kpi_case_event", "kpi_intake_lead",
            "kpi_delivery_month", "kpi_delivery_person");

    private Rollups() {
    }

    /**
     * After the owner's load has committed: the rebuilt rollups get their statistics and their visibility map (their
     * covering indexes are read index-only), as autovacuum would give them only later. Without it the first hours of
     * a generated database answer the task indicators four times slower (measured: /kpi/process 446 ms, 187 ms after).
     */
    static void vacuum(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            sql.execute("vacuum (analyze) " + String.join(", ", TABLES));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static void suspend(Connection connection, boolean owner) throws SQLException {
        switchTriggers(connection, owner, "disable");
    }

    static void rebuild(Connection connection, boolean owner) throws SQLException {
        if (!owner) {
            return;
        }
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
            for (String trigger : TRIGGERS) {
                String[] nameAndTable = trigger.split(" on ");
                sql.execute("alter table " + nameAndTable[1] + " " + action + " trigger " + nameAndTable[0]);
            }
        }
    }
}
