package it.fascicolosociale.kpi.generator;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.RepositoryService;

/**
 * Fills a database with a synthetic ATS: ten years (2016-2025) of accessi in the 28 comuni, in proportion to their
 * population and growing 3% a year, with their cases, assessments, PAI, benefits and deliveries, and the engine's
 * history of every process instance. Persons are generated only when they come to the services; the resident
 * population is the comuni table's. One seed gives the same rows, ids and timestamps every time. Loads year by year
 * with COPY in the caller's transaction.
 */
final class SyntheticAts {

    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;
    static final int INTAKES_IN_FIRST_YEAR = 8600;
    static final String PREFIX = "gen.";
    private static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
            "act_hi_identitylink", "act_hi_varinst");
    private static final List<String> ID_TABLES = List.of("person", "intake", "social_case", "care_plan", "assessment",
            "benefit", "benefit_delivery");

    private SyntheticAts() {
    }

    /** Loads the ATS; returns the rows written per table. */
    static Map<String, Long> load(Connection connection, RepositoryService repository, long seed, double scale)
            throws SQLException, IOException {
        try (Statement sql = connection.createStatement();
             ResultSet already = sql.executeQuery("select count(*) from operator where username like 'gen.%'")) {
            already.next();
            if (already.getLong(1) > 0) {
                throw new IllegalStateException("this database already holds a generated ATS");
            }
        }
        Random random = new Random(seed);
        Organization organization = new Organization(random, PREFIX);
        organization.create(connection);
        Map<String, ProcessModel> models = new HashMap<>();
        for (String key : List.of("intake", "social-case", "benefit", "uvmd")) {
            models.put(key, ProcessModel.latest(repository, key));
        }
        Ats ats = new Ats(new Draws(random), organization, models, nextIds(connection));
        boolean owner = Indexes.owned(connection, HISTORY_TABLES);
        List<String> indexes = Indexes.drop(connection, HISTORY_TABLES);
        Rollups.suspend(connection, owner);
        IntakeStory intakes = new IntakeStory(ats);
        CaseStory cases = new CaseStory(ats);
        double[] weights = organization.comuni.stream().mapToDouble(Organization.Comune::population).toArray();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            long count = Math.round(INTAKES_IN_FIRST_YEAR * scale * Math.pow(1.03, year - FIRST_YEAR));
            for (long i = 0; i < count; i++) {
                IntakeStory.Accepted accepted = intakes.tell(year, organization.comuni, weights);
                if (accepted != null) {
                    cases.tell(accepted);
                }
            }
            flush(connection, ats);
        }
        Indexes.create(connection, indexes);
        Rollups.rebuild(connection, owner);
        finish(connection);
        Map<String, Long> totals = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>(ats.domain.tables());
        tables.addAll(ats.history.tables());
        tables.forEach(table -> totals.put(table.name(), table.total()));
        tables.forEach(table -> System.out.printf("%-22s copy %6.1f s%n", table.name(), table.copySeconds()));
        return totals;
    }

    private static void flush(Connection connection, Ats ats) throws SQLException, IOException {
        for (Table table : ats.domain.tables()) {
            table.copy(connection);
        }
        for (Table table : ats.history.tables()) {
            table.copy(connection);
        }
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("update intake i set case_id = c.id from social_case c where c.intake_id = i.id and i.case_id is null");
        }
    }

    private static void finish(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            // the owner moves the sequences past the generated ids; the application's role (the tests' rolled-back
            // loads) may not, and need not: a sequence moved in a rolled-back transaction would stay moved
            for (String table : ID_TABLES) {
                sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select coalesce(max(id), 1) from "
                        + table + ")) where has_sequence_privilege(pg_get_serial_sequence('" + table + "', 'id'), 'UPDATE')");
            }
            for (String table : List.of("person", "intake", "social_case", "case_event", "care_plan", "assessment", "benefit",
                    "benefit_delivery", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_identitylink",
                    "act_hi_varinst", "kpi_task")) {
                sql.execute("analyze " + table);
            }
        }
    }

    private static Map<String, long[]> nextIds(Connection connection) throws SQLException {
        Map<String, long[]> next = new HashMap<>();
        try (Statement sql = connection.createStatement()) {
            for (String table : ID_TABLES) {
                try (ResultSet max = sql.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    max.next();
                    next.put(table, new long[] {max.getLong(1)});
                }
            }
        }
        return next;
    }
}
