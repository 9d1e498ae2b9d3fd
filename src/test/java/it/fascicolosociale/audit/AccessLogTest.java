package it.fascicolosociale.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.OwnerDatabase;
import it.fascicolosociale.audit.AccessEvent.Action;
import it.fascicolosociale.audit.AccessEvent.Outcome;

/** The access log keeps its rows chained and untouched, and an action whose row cannot be written fails. */
@IntegrationTest
class AccessLogTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    AccessLogVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Value("${spring.flyway.placeholders.application_role}")
    String applicationRole;

    @Test
    @Transactional
    void chainsEveryRowToThePreviousOne() {
        List<Long> ids = seed(3);

        assertThat(verifier.firstBreak()).isEmpty();
        String firstHash = jdbc.sql("select hash from access_log where id = :id").param("id", ids.get(0)).query(String.class).single();
        assertThat(jdbc.sql("select previous_hash from access_log where id = :id").param("id", ids.get(1)).query(String.class).single())
                .isEqualTo(firstHash);
    }

    @Test
    @Transactional
    void refusesUpdatesToTheApplicationsRole() {
        Long id = seed(1).get(0);

        assertThatThrownBy(() -> jdbc.sql("update access_log set purpose = 'X' where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table access_log");
    }

    @Test
    @Transactional
    void refusesDeletesToTheApplicationsRole() {
        Long id = seed(1).get(0);

        assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table access_log");
    }

    /** Even a role allowed to change rows (the owner may grant it) meets the append-only trigger. */
    @Nested
    class WithTheRightToChangeRows {

        @BeforeTransaction
        void grant() {
            owner().sql("grant update, delete on access_log to " + applicationRole).update();
        }

        @AfterTransaction
        void revoke() {
            owner().sql("revoke update, delete on access_log from " + applicationRole).update();
        }

        @Test
        @Transactional
        void refusesUpdates() {
            Long id = seed(1).get(0);

            assertThatThrownBy(() -> jdbc.sql("update access_log set purpose = 'X' where id = :id").param("id", id).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }

        @Test
        @Transactional
        void refusesDeletes() {
            Long id = seed(1).get(0);

            assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = :id").param("id", id).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }
    }

    /**
     * Tampering as only the owner could (the trigger off, the right to change rows granted for the test's
     * transaction): the verifier finds every change.
     */
    @Nested
    class WhenTheOwnerTampers {

        @BeforeTransaction
        void allowTampering() {
            owner().sql("grant update, delete on access_log to " + applicationRole).update();
            owner().sql("alter table access_log disable trigger access_log_no_update_or_delete").update();
            temporaryTables("grant temporary on database %I to %I");
        }

        @AfterTransaction
        void stopTampering() {
            owner().sql("alter table access_log enable trigger access_log_no_update_or_delete").update();
            owner().sql("revoke update, delete on access_log from " + applicationRole).update();
            temporaryTables("revoke temporary on database %I from %I");
        }

        /** The reordering below goes through a temporary table, which the application role may not make. */
        private void temporaryTables(String grantOrRevoke) {
            owner().sql("do $$ begin execute format('" + grantOrRevoke + "', current_database(), '" + applicationRole + "'); end $$")
                    .update();
        }

        @Test
        @Transactional
        void findsAChangedRow() {
            List<Long> ids = seed(3);
            tamper("update access_log set operator = 'qualcun.altro' where id = " + ids.get(1));

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> {
                assertThat(found.rowId()).isEqualTo(ids.get(1));
                assertThat(found.reason()).contains("changed");
            });
        }

        @Test
        @Transactional
        void findsADeletedRow() {
            List<Long> ids = seed(3);
            tamper("delete from access_log where id = " + ids.get(1));

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> assertThat(found.rowId()).isEqualTo(ids.get(2)));
        }

        @Test
        @Transactional
        void findsRowsPutInAnotherOrder() {
            List<Long> ids = seed(3);
            TamperTrials.swap(jdbc, ids.get(1), ids.get(2));

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> assertThat(found.rowId()).isEqualTo(ids.get(1)));
        }

        /**
         * Goal G6: every one of a thousand random tamperings of a seeded chain is found. The seed is printed; run
         * again with -Dtamper.seed=... to replay a given series.
         */
        @Test
        @Transactional
        void findsEveryOneOfAThousandRandomTamperings() {
            long seed = Long.getLong("tamper.seed", 20261127L);
            TamperTrials trials = new TamperTrials(jdbc, verifier, seed);
            trials.seed(accessLog, 2_000);
            assertThat(verifier.firstBreak()).as("the untouched chain").isEmpty();

            int detected = trials.run(1_000);

            System.out.printf("tamper trials (seed %d, chain of 2000 rows): %d detected of 1000, by kind %s%n", seed, detected,
                    trials.byKind());
            assertThat(detected).as(trials.byKind()).isEqualTo(1_000);
            assertThat(verifier.firstBreak()).as("the chain once every trial is undone").isEmpty();
        }
    }

    @Test
    void writesOnlyInsideTheActionsTransaction() {
        assertThatThrownBy(() -> accessLog.record(event(1L))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void failsTheActionWhenItsRowCannotBeWritten() {
        String marker = "TEST_FAIL_CLOSED_" + System.nanoTime();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            jdbc.sql("insert into social_district (code, name) values (:code, 'Marker')").param("code", marker).update();
            accessLog.record(new AccessEvent("laura.bianchi", null, null, 1L, null, null, null, Action.READ,
                    "A_PURPOSE_LONGER_THAN_THE_COLUMN_ALLOWS", Outcome.ALLOWED));
        })).isInstanceOf(DataAccessException.class);

        assertThat(jdbc.sql("select count(*) from social_district where code = :code").param("code", marker)
                .query(Long.class).single()).as("the action's own write is undone").isZero();
    }

    private List<Long> seed(int rows) {
        for (long row = 1; row <= rows; row++) {
            accessLog.record(event(row));
        }
        return jdbc.sql("select id from (select id from access_log order by id desc limit :rows) last order by id")
                .param("rows", rows).query(Long.class).list();
    }

    private void tamper(String sql) {
        jdbc.sql(sql).update();
    }

    private JdbcClient owner() {
        return OwnerDatabase.of(context);
    }

    private static AccessEvent event(long caseId) {
        return new AccessEvent("laura.bianchi", "segretariato-028019", "social-worker", 100L + caseId, caseId, "case",
                String.valueOf(caseId), Action.READ, "CASE_TEAM", Outcome.ALLOWED);
    }
}
