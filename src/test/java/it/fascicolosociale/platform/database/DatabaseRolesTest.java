package it.fascicolosociale.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.IntegrationTest;

/**
 * The application connects as a role that changes rows and nothing else: it cannot rewrite or empty the access
 * log, nor change the schema; the owner, who ran the migrations, owns every table, the process engine's included.
 * Runs on whichever database the tests use (the embedded one, or the server of .ci/run).
 */
@IntegrationTest
class DatabaseRolesTest {

    /** PostgreSQL's "insufficient privilege". */
    private static final String REFUSED = "42501";

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.flyway.placeholders.application_role}")
    String applicationRole;

    @Value("${camunda.bpm.database.schema-update}")
    String engineSchemaUpdate;

    @Test
    void theApplicationConnectsAsItsOwnRoleWhichIsNeitherOwnerNorSuperuserNorAboveRowSecurity() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(applicationRole);
        assertThat(jdbc.sql("select rolsuper or rolbypassrls or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user").query(Long.class).single())
                .as("tables, sequences, views owned by the application role").isZero();
    }

    @Test
    void theOwnerOwnsEveryTableIncludingTheProcessEnginesWhichFlywayMade() {
        String owner = jdbc.sql("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")
                .query(String.class).single();
        assertThat(owner).isNotEqualTo(applicationRole);
        assertThat(jdbc.sql("select tablename from pg_tables where schemaname = 'public' and tableowner <> :owner")
                .param("owner", owner).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tablename like 'act\\_%'")
                .query(Long.class).single()).as("the engine's tables").isGreaterThan(40);
        assertThat(jdbc.sql("select has_table_privilege('flyway_schema_history', 'INSERT')").query(Boolean.class).single())
                .as("the migrations' history is the owner's").isFalse();
        assertThat(engineSchemaUpdate).isEqualTo("false");
    }

    @Test
    void mayAddAndReadAccessLogRowsButNeverRewriteRemoveOrEmptyThem() {
        assertThat(jdbc.sql("select has_table_privilege('access_log', 'INSERT') and has_table_privilege('access_log', 'SELECT')")
                .query(Boolean.class).single()).isTrue();
        assertRefused("update access_log set operator = 'someone.else'");
        assertRefused("delete from access_log");
        assertRefused("truncate access_log");
    }

    @Test
    void mayNotChangeTheSchema() {
        assertRefused("create table intruder (id bigint)");
        assertRefused("alter table person add column intruder text");
        assertRefused("drop table case_note");
        assertRefused("create index intruder on person (last_name)");
        assertRefused("alter table person disable row level security");
        assertRefused("truncate case_note");
        assertRefused("drop policy need_to_know on case_note");
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update())
                .as(sql)
                .satisfies(failure -> assertThat(((SQLException) NestedExceptionUtils.getMostSpecificCause(failure)).getSQLState())
                        .as(sql).isEqualTo(REFUSED));
    }
}
