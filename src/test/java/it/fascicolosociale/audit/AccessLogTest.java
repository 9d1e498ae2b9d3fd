package it.fascicolosociale.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import it.fascicolosociale.audit.AccessEvent.Action;
import it.fascicolosociale.audit.AccessEvent.Outcome;

/** The access log keeps its rows chained and untouched, and an action whose row cannot be written fails. */
@IntegrationTest
class AccessLogTest {

    /** The chain of the tamper trials (goal G6 asks 100,000 rows; README, "The access log"). */
    static final int TAMPERED_CHAIN_ROWS = 20_000;

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
            tampering().grantChanges();
        }

        @AfterTransaction
        void revoke() {
            tampering().revokeChanges();
        }

        @Test
        @Transactional
        void refusesUpdates() {
            Long id = seed(1).get(0);

            assertThatThrownBy(() -> jdbc.sql("update access_log set purpose = 'X' where id = :id").param("id", id).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }

        /** Only a row kept 24 months may go (the purge deletes through this trigger); a younger one may not. */
        @Test
        @Transactional
        void refusesDeletesOfRowsYoungerThanTwentyFourMonths() {
            new AccessLog(jdbc, Clock.offset(Clock.systemUTC(), Duration.ofDays(-25 * 31))).record(event(1));
            Long old = jdbc.sql("select max(id) from access_log").query(Long.class).single();
            Long young = seed(1).get(0);

            assertThat(jdbc.sql("delete from access_log where id = :id").param("id", old).update()).isEqualTo(1);
            assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = :id").param("id", young).update())
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
            tampering().allowTampering();
        }

        @AfterTransaction
        void stopTampering() {
            tampering().stopTampering();
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

        @Test
        @Transactional
        void findsRowsDeletedAtTheEnd() {
            List<Long> ids = seed(3);
            tamper("delete from access_log where id >= " + ids.get(1));

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> {
                assertThat(found.rowId()).isEqualTo(ids.get(2));
                assertThat(found.reason()).contains("end");
            });
        }

        @Test
        @Transactional
        void findsAMissingValueTurnedIntoTheEmptyText() {
            accessLog.record(new AccessEvent("laura.bianchi", null, null, 101L, null, null, null, Action.SEARCH, "CASE_TEAM",
                    Outcome.ALLOWED));
            Long withoutUnit = jdbc.sql("select max(id) from access_log").query(Long.class).single();
            seed(1);
            tamper("update access_log set unit_code = '' where id = " + withoutUnit);

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> assertThat(found.rowId()).isEqualTo(withoutUnit));
        }

        @Test
        @Transactional
        void findsTextMovedAcrossAFieldBoundary() {
            List<Long> ids = seed(3);
            tamper("update access_log set operator = 'laura.bianchisegretariato', unit_code = '-028019' where id = " + ids.get(1));

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> assertThat(found.rowId()).isEqualTo(ids.get(1)));
        }

        /** A tamperer who recomputes the hash of the row they changed leaves a chain that links, but not its anchor. */
        @Test
        @Transactional
        void findsTheLastRowRewrittenWithItsHashRecomputed() {
            List<Long> ids = seed(2);
            Long last = ids.get(1);
            String previous = jdbc.sql("select previous_hash from access_log where id = :id").param("id", last).query(String.class).single();
            Timestamp at = jdbc.sql("select at from access_log where id = :id").param("id", last).query(Timestamp.class).single();
            AccessEvent forged = new AccessEvent("qualcun.altro", "segretariato-028019", "social-worker", 102L, 2L, "case", "2",
                    Action.READ, "CASE_TEAM", Outcome.ALLOWED);
            jdbc.sql("update access_log set operator = 'qualcun.altro', hash = :hash where id = :id")
                    .param("hash", HashFormat.V2.hash(previous, at.toInstant(), forged)).param("id", last).update();

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> {
                assertThat(found.rowId()).isEqualTo(last);
                assertThat(found.reason()).contains("rewritten");
            });
        }

        /**
         * Goal G6: every one of a thousand random tamperings of a seeded chain is found. The seed is printed; run
         * again with -Dtamper.seed=... to replay a given series, -Dtamper.rows=... for another length of chain.
         */
        @Test
        @Transactional
        void findsEveryOneOfAThousandRandomTamperings() {
            long seed = Long.getLong("tamper.seed", 20261127L);
            int rows = Integer.getInteger("tamper.rows", TAMPERED_CHAIN_ROWS);
            TamperTrials trials = new TamperTrials(jdbc, verifier, seed);
            long started = System.nanoTime();
            trials.seed(accessLog, rows);
            long seeded = System.nanoTime();
            assertThat(verifier.firstBreak()).as("the untouched chain").isEmpty();
            long verified = System.nanoTime();

            int detected = trials.run(1_000);

            System.out.printf("tamper trials: %d detected of 1000, by kind %s (seed %d, chain of %d rows; seeded in %d ms, "
                    + "verified whole in %d ms, 1000 trials in %d ms)%n", detected, trials.byKind(), seed, rows,
                    (seeded - started) / 1_000_000, (verified - seeded) / 1_000_000, (System.nanoTime() - verified) / 1_000_000);
            assertThat(detected).as(trials.byKind()).isEqualTo(1_000);
            assertThat(verifier.firstBreak()).as("the chain once every trial is undone").isEmpty();
        }
    }

    @Test
    @Transactional
    void verifiesAChainOfVersionOneRowsFollowedByVersionTwoRows() {
        String previous = jdbc.sql("select coalesce((select hash from access_log order by id desc limit 1), :genesis)")
                .param("genesis", AccessLog.GENESIS).query(String.class).single();
        Instant at = Instant.parse("2025-03-01T09:30:00.123456Z");
        for (long row = 1; row <= 3; row++) {
            AccessEvent event = new AccessEvent("laura.bianchi", row == 2 ? null : "segretariato-028019", null, 100L + row, null,
                    null, null, Action.READ, "CASE_TEAM", Outcome.ALLOWED);
            String hash = HashFormat.V1.hash(previous, at, event);
            jdbc.sql("""
                            insert into access_log (at, operator, unit_code, person_id, action, purpose, outcome, previous_hash, hash,
                                                    hash_version)
                            values (:at, :operator, :unit, :person, 'READ', 'CASE_TEAM', 'ALLOWED', :previous, :hash, 1)""")
                    .param("at", Timestamp.from(at)).param("operator", event.operator()).param("unit", event.unitCode())
                    .param("person", event.personId()).param("previous", previous).param("hash", hash).update();
            previous = hash;
        }
        List<Long> ids = seed(2);

        assertThat(jdbc.sql("select hash_version from access_log order by id desc limit 5").query(Integer.class).list())
                .containsExactly(2, 2, 1, 1, 1);
        assertThat(verifier.firstBreak()).isEmpty();
        assertThat(jdbc.sql("select previous_hash from access_log where id = :id").param("id", ids.get(0)).query(String.class).single())
                .isEqualTo(previous);
    }

    @Test
    @Transactional
    void keepsTheAnchorAtTheChainsEndAndLetsTheApplicationsRoleOnlyReadIt() {
        List<Long> ids = seed(2);

        assertThat(jdbc.sql("select ends_at_id from access_log_anchor order by id desc limit 1").query(Long.class).single())
                .isEqualTo(ids.get(1));
        for (String write : List.of("insert into access_log_anchor (begins_after_id, begins_after_hash, ends_at_id, ends_at_hash) "
                + "values (0, repeat('0', 64), 0, repeat('0', 64))", "update access_log_anchor set ends_at_id = 0",
                "delete from access_log_anchor")) {
            jdbc.sql("savepoint anchor_write").update();
            assertThatThrownBy(() -> jdbc.sql(write).update()).as(write)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table access_log_anchor");
            jdbc.sql("rollback to savepoint anchor_write").update();
        }
    }

    /**
     * Two actions appending at once: the second waits for the first's lock, then chains to the row the first
     * committed meanwhile, so the chain does not fork into two rows after the same one.
     */
    @Test
    void twoTransactionsAppendingAtOnceDoNotForkTheChain() throws Exception {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService actions = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = actions.submit(() -> inTransaction.executeWithoutResult(status -> {
                accessLog.record(event(1L));
                firstAppended.countDown();
                awaitUninterruptibly(firstMayCommit);
            }));
            awaitUninterruptibly(firstAppended);
            Future<?> second = actions.submit(() -> inTransaction.executeWithoutResult(status -> accessLog.record(event(2L))));
            untilAnAppendWaitsForTheLock(Instant.now().plusSeconds(60));
            firstMayCommit.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            actions.shutdownNow();
        }

        List<String> lastTwo = jdbc.sql("select previous_hash || ' ' || hash from access_log order by id desc limit 2")
                .query(String.class).list();
        assertThat(lastTwo.get(0).split(" ")[0]).as("the second row's previous hash").isEqualTo(lastTwo.get(1).split(" ")[1]);
        assertThat(verifier.firstBreak()).isEmpty();
    }

    private void untilAnAppendWaitsForTheLock(Instant deadline) {
        while (jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted").query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("an append waiting for the first one's lock").isBefore(deadline);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other action went on").isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
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

    private OwnerTampering tampering() {
        return new OwnerTampering(context, applicationRole);
    }

    private static AccessEvent event(long caseId) {
        return new AccessEvent("laura.bianchi", "segretariato-028019", "social-worker", 100L + caseId, caseId, "case",
                String.valueOf(caseId), Action.READ, "CASE_TEAM", Outcome.ALLOWED);
    }
}
