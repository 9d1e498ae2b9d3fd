package it.fascicolosociale.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full verifications of the access log, recorded ({@code access_log_verification}): one every night, and one
 * whenever the DPO asks. The DPO's page shows the last one and checks only the rows appended after the last intact
 * one, so a view costs the rows of a day, not of the whole log. A tampering before that checkpoint is found by the
 * next full verification, which the page then shows.
 */
@Service
public class AccessLogVerification {

    /** One recorded verification: when, how many rows, up to which row, and where the chain broke if it did. */
    public record Recorded(Instant verifiedAt, long rowsChecked, long upToId, String upToHash,
                           Optional<AccessLogVerifier.Break> chainBreak) {

        public boolean intact() {
            return chainBreak.isEmpty();
        }
    }

    /** What the DPO's page shows: the last recorded verification, and the check of the rows after the last intact one. */
    public record Status(Optional<Recorded> lastVerification, AccessLogVerifier.Check sinceLastIntact) {

        /** The break found now, or else the one the last verification recorded. */
        public Optional<AccessLogVerifier.Break> chainBreak() {
            return sinceLastIntact.chainBreak().or(() -> lastVerification.flatMap(Recorded::chainBreak));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AccessLogVerification.class);

    private final AccessLogVerifier verifier;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLogVerification(AccessLogVerifier verifier, JdbcClient jdbc, Clock clock) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks the whole chain and records the result. Logs counts and ids only. */
    @Scheduled(cron = "${fascicolo.audit.access-log-verify-cron:0 30 3 * * *}", zone = "Europe/Rome")
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public Recorded verifyAndRecord() {
        AccessLogVerifier.Check check = verifier.checkAll();
        Recorded recorded = new Recorded(clock.instant(), check.rowsChecked(), check.upToId(), check.upToHash(), check.chainBreak());
        jdbc.sql("""
                        insert into access_log_verification
                            (verified_at, rows_checked, up_to_id, up_to_hash, outcome, break_row_id, reason)
                        values (:at, :rows, :upToId, :upToHash, :outcome, :breakRowId, :reason)""")
                .param("at", Timestamp.from(recorded.verifiedAt())).param("rows", recorded.rowsChecked())
                .param("upToId", recorded.upToId()).param("upToHash", recorded.upToHash())
                .param("outcome", recorded.intact() ? "intact" : "broken")
                .param("breakRowId", check.chainBreak().map(AccessLogVerifier.Break::rowId).orElse(null))
                .param("reason", check.chainBreak().map(AccessLogVerifier.Break::reason).orElse(null)).update();
        log.info("access log verification: {} rows checked, {}", recorded.rowsChecked(),
                check.chainBreak().map(found -> "broken at row " + found.rowId()).orElse("intact"));
        return recorded;
    }

    /**
     * The last recorded verification, and the rows after the last intact one checked now (all rows, without one). A
     * caller's transaction must be REPEATABLE READ too: the verifier joins it, and reads the anchor and the rows in it.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Status status() {
        AccessLogVerifier.Check now = latest("where outcome = 'intact'")
                .map(intact -> verifier.checkAfter(new AccessLogVerifier.Checkpoint(intact.upToId(), intact.upToHash())))
                .orElseGet(verifier::checkAll);
        return new Status(latest(""), now);
    }

    private Optional<Recorded> latest(String condition) {
        return jdbc.sql("select * from access_log_verification " + condition + " order by id desc limit 1")
                .query(AccessLogVerification::recorded).optional();
    }

    private static Recorded recorded(ResultSet row, int number) throws SQLException {
        Long breakRowId = row.getObject("break_row_id", Long.class);
        Optional<AccessLogVerifier.Break> chainBreak = breakRowId == null ? Optional.empty()
                : Optional.of(new AccessLogVerifier.Break(breakRowId, row.getString("reason")));
        return new Recorded(row.getTimestamp("verified_at").toInstant(), row.getLong("rows_checked"), row.getLong("up_to_id"),
                row.getString("up_to_hash"), chainBreak);
    }
}
