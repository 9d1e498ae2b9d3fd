package it.fascicolosociale.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the access-log rows kept long enough ({@link AccessLogRetentionPolicy}), every night. The deleting is the
 * database's ({@code purge_access_log}, run as the schema's owner): the application role has no right to delete
 * rows, and the function refuses a cutoff within 24 months and anchors where the kept chain begins. Each batch of
 * rows is its own transaction, so appends, which wait for the purge's lock, wait for one batch at most.
 */
@Service
public class AccessLogPurge {

    private static final Logger log = LoggerFactory.getLogger(AccessLogPurge.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AccessLogRetentionPolicy policy;
    private final Clock clock;
    private final int rowsPerBatch;

    AccessLogPurge(JdbcClient jdbc, PlatformTransactionManager transactions, AccessLogRetentionPolicy policy, Clock clock,
                   @Value("${fascicolo.audit.access-log-purge-batch:10000}") int rowsPerBatch) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.policy = policy;
        this.clock = clock;
        this.rowsPerBatch = rowsPerBatch;
    }

    /** Deletes every row written before the cutoff of today; returns how many. Logs counts only. */
    @Scheduled(cron = "${fascicolo.audit.access-log-purge-cron:0 30 2 * * *}", zone = "Europe/Rome")
    public long purge() {
        Instant cutoff = policy.cutoff(clock);
        long purged = 0;
        long batch;
        do {
            batch = transactions.execute(status -> purgeBefore(cutoff, rowsPerBatch));
            purged += batch;
        } while (batch == rowsPerBatch);
        log.info("access log purge: {} rows written before {} deleted", purged, cutoff);
        return purged;
    }

    /** One batch, in the caller's transaction: the database refuses a cutoff within the 24 months. */
    long purgeBefore(Instant cutoff, int rows) {
        return jdbc.sql("select purge_access_log(:cutoff, :rows)").param("cutoff", Timestamp.from(cutoff)).param("rows", rows)
                .query(Long.class).single();
    }
}
