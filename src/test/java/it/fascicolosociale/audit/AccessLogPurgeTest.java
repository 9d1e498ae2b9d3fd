package it.fascicolosociale.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.audit.AccessEvent.Action;
import it.fascicolosociale.audit.AccessEvent.Outcome;

/**
 * Goal G7: the access log keeps every row younger than 24 months; the nightly purge deletes the older ones, oldest
 * first, and what is kept still verifies. The clock is fixed in the past, so the database (whose own clock sets the
 * floor) accepts the cutoff.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessLogPurgeTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 1, 15, 3, 30, 0, 0, ROME);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessLogVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Value("${spring.flyway.placeholders.application_role}")
    String applicationRole;

    @Test
    void keepsAtLeastTwentyFourMonths() {
        assertThatThrownBy(() -> new AccessLogRetentionPolicy("P23M")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AccessLogRetentionPolicy("P3Y").cutoff(Clock.fixed(TODAY.toInstant(), ROME)))
                .isEqualTo(TODAY.minusYears(3).toInstant());
    }

    /** A compromised application asking the database to purge recent rows is refused, whatever cutoff it sends. */
    @Test
    void theDatabaseRefusesACutoffWithinTwentyFourMonths() {
        Instant withinTheFloor = ZonedDateTime.now(ROME).minusMonths(24).plusDays(1).toInstant();

        assertThatThrownBy(() -> purge(Clock.systemUTC()).purgeBefore(withinTheFloor, 10)).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("access log purge refused");
    }

    /**
     * The functions that run as the owner (the purge, the anchor trigger) must not take a table of the caller's own
     * for the log or its anchors, even one it lets the owner use. The caller here may make temporary tables, as a role made by docker/initdb could
     * before V0270 (the database's default grants them to everyone).
     */
    @Nested
    class ACallerWithTablesOfItsOwn {

        @BeforeTransaction
        void mayMakeTemporaryTables() {
            tampering().temporaryTables(true);
        }

        @AfterTransaction
        void mayNotAgain() {
            tampering().temporaryTables(false);
        }

        @Test
        @Transactional
        void cannotHaveThePurgeAnchorABeginningOfItsChoice() {
            String forged = "f".repeat(64);
            append(TODAY.toInstant(), 1);
            jdbc.sql("create temporary table access_log (id bigint, hash char(64), at timestamptz) on commit drop").update();
            jdbc.sql("grant all on pg_temp.access_log to public").update();
            jdbc.sql("insert into pg_temp.access_log values (1, :hash, '2001-01-01T00:00:00Z')").param("hash", forged).update();

            jdbc.sql("select purge_access_log('2002-01-01T00:00:00Z', 1)").query(Long.class).single();

            assertThat(jdbc.sql("select begins_after_hash from public.access_log_anchor order by id desc limit 1")
                    .query(String.class).single()).isNotEqualTo(forged);
        }

        @Test
        @Transactional
        void cannotKeepAnAppendFromBeingAnchored() {
            jdbc.sql("""
                    create temporary table access_log_anchor (id bigint generated always as identity, at timestamptz default now(),
                        begins_after_id bigint, begins_after_hash char(64), ends_at_id bigint, ends_at_hash char(64)) on commit drop""")
                    .update();
            jdbc.sql("grant all on pg_temp.access_log_anchor to public").update();

            long appended = append(TODAY.toInstant(), 1).get(0);

            assertThat(jdbc.sql("select ends_at_id from public.access_log_anchor order by id desc limit 1").query(Long.class).optional())
                    .hasValue(appended);
        }
    }

    /**
     * A log whose first rows are older than 24 months: the rows the other tests left (young ones) are taken out
     * first, as only the owner could, inside the test's transaction.
     */
    @Nested
    class OnALogBegunLongAgo {

        @BeforeTransaction
        void emptyable() {
            tampering().grantChanges();
            tampering().appendOnlyOff();
        }

        @AfterTransaction
        void appendOnlyAgain() {
            tampering().appendOnlyOn();
            tampering().revokeChanges();
        }

        @Test
        @Transactional
        void deletesTheRowsOlderThanTwentyFourMonthsOnlyAndTheRestStillVerifies(CapturedOutput output) {
            jdbc.sql("delete from access_log").update();
            Instant cutoff = TODAY.minusMonths(24).toInstant();
            List<Long> older = new ArrayList<>();
            List<Long> younger = new ArrayList<>();
            for (Instant at : List.of(TODAY.minusMonths(40).toInstant(), TODAY.minusMonths(30).toInstant(), cutoff.minusSeconds(1))) {
                older.addAll(append(at, 9));
            }
            for (Instant at : List.of(cutoff, cutoff.plusSeconds(1), TODAY.minusMonths(6).toInstant(), TODAY.toInstant())) {
                younger.addAll(append(at, 9));
            }
            assertThat(verifier.firstBreak()).as("the chain before the purge").isEmpty();

            long purged = purge(Clock.fixed(TODAY.toInstant(), ROME)).purge();

            List<Long> kept = jdbc.sql("select id from access_log order by id").query(Long.class).list();
            System.out.printf("access log purge: %d of %d younger rows deleted, %d of %d older%n",
                    younger.size() - younger.stream().filter(kept::contains).count(), younger.size(), purged, older.size());
            assertThat(kept).as("every row younger than 24 months").isEqualTo(younger);
            assertThat(purged).isEqualTo(older.size());
            assertThat(verifier.firstBreak()).as("the chain kept").isEmpty();
            assertThat(jdbc.sql("select begins_after_id from access_log_anchor order by id desc limit 1").query(Long.class).single())
                    .isEqualTo(older.get(older.size() - 1));
            assertThat(output).contains("access log purge: 27 rows written before " + cutoff + " deleted")
                    .doesNotContain("laura.bianchi");
        }

        @Test
        @Transactional
        void deletingTheFirstRowsKeptBreaksTheChain() {
            jdbc.sql("delete from access_log").update();
            append(TODAY.minusMonths(30).toInstant(), 3);
            List<Long> younger = append(TODAY.toInstant(), 3);
            purge(Clock.fixed(TODAY.toInstant(), ROME)).purge();

            jdbc.sql("delete from access_log where id = :id").param("id", younger.get(0)).update();

            assertThat(verifier.firstBreak()).hasValueSatisfying(found -> assertThat(found.rowId()).isEqualTo(younger.get(1)));
        }
    }

    /** Appends rows written at the instant given, through the log's own code; returns their ids. */
    private List<Long> append(Instant at, int rows) {
        List<AccessEvent> events = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            events.add(new AccessEvent("laura.bianchi", "segretariato-028019", "social-worker", 100L + row, (long) row, "case",
                    String.valueOf(row), Action.READ, "CASE_TEAM", Outcome.ALLOWED));
        }
        new AccessLog(jdbc, Clock.fixed(at, ROME)).recordAll(events);
        return jdbc.sql("select id from (select id from access_log order by id desc limit :rows) last order by id")
                .param("rows", rows).query(Long.class).list();
    }

    /** The purge as the application runs it, on the clock given, four rows to a batch. */
    private AccessLogPurge purge(Clock clock) {
        return new AccessLogPurge(jdbc, transactions, new AccessLogRetentionPolicy("P24M"), clock, 4);
    }

    private OwnerTampering tampering() {
        return new OwnerTampering(context, applicationRole);
    }
}
