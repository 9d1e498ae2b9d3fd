package it.fascicolosociale.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import it.fascicolosociale.IntegrationTest;

/**
 * The database's own need-to-know rule, seen from the application's role on a connection of its pool: for every
 * pair of the 28 comuni, the personal rows of the first comune (a person with an accesso and a case, the case's
 * note, a consent, a submitted form) stay invisible to nobody and to an operator of the second comune's front
 * office, and are all visible to the operator entitled to them. Everything happens in one transaction rolled
 * back at the end; the rows are written as the system.
 */
@IntegrationTest
class RowLevelSecurityTest {

    /** The tables of the rows made for each comune, with how to find them among those visible. */
    private static final List<String> TABLES = List.of("person", "intake", "social_case", "case_note", "consent", "form_submission");

    @Autowired
    DataSource dataSource;

    @Value("${spring.flyway.placeholders.application_role}")
    String applicationRole;

    /** One comune's rows: their ids per table, and the front-office operator made for the test. */
    record Files(String operator, Map<String, Long> ids) {
    }

    @Test
    void noComunesPersonalRowsAreVisibleToNobodyOrToAnotherComunesOperatorAndAllToTheEntitledOne() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                assertThat(single(connection, "select current_user")).isEqualTo(applicationRole);
                Map<String, Files> files = makeFilesOfEveryComune(connection);
                assertThat(files).hasSize(28);

                context(connection, "", "");
                assertThat(visible(connection, files)).as("with no context").isEmpty();

                int pairs = 0;
                for (Map.Entry<String, Files> reader : files.entrySet()) {
                    context(connection, reader.getValue().operator(), "");
                    Set<String> seen = visible(connection, files);
                    for (Map.Entry<String, Files> owner : files.entrySet()) {
                        Set<String> rows = rowsOf(owner.getKey(), owner.getValue());
                        if (owner.getKey().equals(reader.getKey())) {
                            assertThat(seen).as(reader.getValue().operator() + " entitled").containsAll(rows);
                        } else {
                            assertThat(seen).as(reader.getValue().operator() + " reading " + owner.getKey()).doesNotContainAnyElementsOf(rows);
                            pairs++;
                        }
                    }
                }
                System.out.println("Row-level security: " + pairs + " ordered pairs of comuni checked, "
                        + pairs * TABLES.size() + " row kinds refused, " + files.size() + " entitled operators");
                assertThat(pairs).isEqualTo(28 * 27);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Forced: the owner is bound too, except on person, whose name searches run as the owner (see V0162), and on the
     * indicators' rollups, which only the owner's trigger functions write (V0226); the application's role is bound
     * on all of them.
     */
    @Test
    void everyTableWithPersonalDataIsForcedUnderAPolicy() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind = 'r'
                       and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and not a.attisdropped
                                    and a.attname in ('person_id', 'case_id', 'intake_id', 'business_key', 'codice_fiscale', 'household_id', 'care_plan_id', 'benefit_id', 'referral_id'))
                            or c.relname in ('person', 'household'))
                       and c.relname not in ('access_log')
                       and not (c.relrowsecurity and (c.relforcerowsecurity
                                                      or c.relname in ('person', 'kpi_task', 'kpi_case_event', 'kpi_delivery_person'))
                                and exists (select 1 from pg_policy p where p.polrelid = c.oid))""");
             ResultSet unprotected = statement.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (unprotected.next()) {
                names.add(unprotected.getString(1));
            }
            assertThat(names).as("tables of personal data without forced row-level security").isEmpty();
        }
    }

    /**
     * The policies call the rule's functions once per row: those that read tables must keep their plans (PL/pgSQL
     * does; a SQL function with a subquery is planned again at every call, which made each check cost milliseconds).
     * Set-returning SQL functions are inlined into the query that calls them, so they may stay SQL.
     */
    @Test
    void everyFunctionOfTheRuleThatReadsTablesKeepsItsPlans() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select f.proname from pg_proc f
                     join pg_namespace n on n.oid = f.pronamespace
                     join pg_language l on l.oid = f.prolang
                     where n.nspname = 'public' and f.proname like 'rls\\_%' and l.lanname = 'sql' and not f.proretset
                       and f.prosrc ~* '\\mfrom\\M'
                     order by 1""");
             ResultSet replanned = statement.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (replanned.next()) {
                names.add(replanned.getString(1));
            }
            assertThat(names).as("functions of the rule written in SQL that read tables").isEmpty();
        }
    }

    private static Map<String, Files> makeFilesOfEveryComune(Connection connection) throws SQLException {
        context(connection, "", "on");
        Map<String, Files> files = new LinkedHashMap<>();
        try (PreparedStatement comuni = connection.prepareStatement("select istat_code from municipality order by istat_code");
             ResultSet result = comuni.executeQuery()) {
            while (result.next()) {
                files.put(result.getString(1), null);
            }
        }
        for (String comune : files.keySet()) {
            files.put(comune, makeFiles(connection, comune));
        }
        return files;
    }

    private static Files makeFiles(Connection connection, String comune) throws SQLException {
        String operator = "rls.front-office." + comune;
        Map<String, Long> ids = new LinkedHashMap<>();
        long operatorId = id(connection, "insert into operator (username, first_name, last_name, password_hash) "
                + "values (?, 'Prova', 'Riservatezza', 'not-a-hash') returning id", operator);
        id(connection, "insert into role_assignment (operator_id, role_code, unit_id, valid_from) "
                + "select ?::bigint, 'social-worker', u.id, date '2020-01-01' from organizational_unit u where u.code = 'segretariato-' || ? returning id",
                operatorId, comune);
        ids.put("person", id(connection, "insert into person (first_name, last_name, birth_date, sex, missing_fiscal_code_reason, "
                + "residence_istat_code) values ('Prova', 'Riservatezza', date '1970-01-01', 'F', 'NOT_YET_ASSIGNED', ?) returning id", comune));
        ids.put("intake", id(connection, "insert into intake (person_id, comune, user_area_code, channel, requester_kind, need, urgent, "
                + "status, registered_by, registered_at) values (?, ?, 'family-minors', 'IN_PERSON', 'SELF', 'Bisogno sintetico', false, "
                + "'REGISTERED', ?, now()) returning id", ids.get("person"), comune, operator));
        ids.put("social_case", id(connection, "insert into social_case (person_id, comune, user_area_code, case_manager, status, opened_by, "
                + "opened_at, intake_id) values (?, ?, 'family-minors', ?, 'OPEN', ?, now(), ?) returning id",
                ids.get("person"), comune, operator, operator, ids.get("intake")));
        ids.put("case_note", id(connection, "insert into case_note (case_id, type, day, text, visibility, author, written_at) "
                + "values (?, 'interview', current_date, 'Nota sintetica', 'team', ?, now()) returning id", ids.get("social_case"), operator));
        ids.put("consent", id(connection, "insert into consent (person_id, scope, recipient_unit, given_on, valid_from, recorded_by, recorded_at) "
                + "values (?, 'referral', 'ssp-minori', current_date, current_date, ?, now()) returning id", ids.get("person"), operator));
        ids.put("form_submission", id(connection, "insert into form_submission (form_key, form_version, revision, business_key, "
                + "process_definition_id, process_instance_id, operator_username, submitted_at, data) values ('rls-probe', 1, 1, ?, "
                + "'none', 'none', ?, now(), '{}') returning id", "case-" + ids.get("social_case"), operator));
        return new Files(operator, ids);
    }

    /** The rows of every comune that the current context sees, as "table:id". */
    private static Set<String> visible(Connection connection, Map<String, Files> files) throws SQLException {
        Set<String> seen = new HashSet<>();
        for (String table : TABLES) {
            Long[] ids = files.values().stream().map(file -> file.ids().get(table)).toArray(Long[]::new);
            Array array = connection.createArrayOf("bigint", ids);
            try (PreparedStatement query = connection.prepareStatement("select id from " + table + " where id = any (?)")) {
                query.setArray(1, array);
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        seen.add(table + ":" + result.getLong(1));
                    }
                }
            }
        }
        return seen;
    }

    private static Set<String> rowsOf(String comune, Files files) {
        Set<String> rows = new HashSet<>();
        files.ids().forEach((table, id) -> rows.add(table + ":" + id));
        assertThat(rows).as(comune).hasSize(TABLES.size());
        return rows;
    }

    /** The context as the application sets it: local to the transaction. */
    private static void context(Connection connection, String operator, String system) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "select set_config('fascicolo.operator', ?, true), set_config('fascicolo.system', ?, true)")) {
            set.setString(1, operator);
            set.setString(2, system);
            set.executeQuery().close();
        }
    }

    private static long id(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as(sql).isTrue();
                return result.getLong(1);
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }
}
