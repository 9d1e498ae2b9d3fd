package it.fascicolosociale.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the access log inside the caller's transaction (mandatory): if the row cannot be written the
 * action fails with it. Appends are serialised by a transaction-scoped advisory lock, so that each row's hash
 * covers the previous row's and the chain never forks.
 */
@Service
public class AccessLog {

    static final String GENESIS = "0".repeat(64);
    private static final long APPEND_LOCK = 0x4143434553534cL;

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    AccessLog(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AccessEvent event) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query().singleRow();
        String previous = jdbc.sql("select hash from access_log order by id desc limit 1")
                .query(String.class).optional().orElse(GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(previous, at, event);
        jdbc.sql("""
                        insert into access_log (at, operator, unit_code, role_code, person_id, case_id, item_type, item_id,
                                                action, purpose, outcome, previous_hash, hash)
                        values (:at, :operator, :unit, :role, :person, :case, :itemType, :itemId,
                                :action, :purpose, :outcome, :previous, :hash)""")
                .param("at", java.sql.Timestamp.from(at))
                .param("operator", event.operator()).param("unit", event.unitCode()).param("role", event.roleCode())
                .param("person", event.personId()).param("case", event.caseId())
                .param("itemType", event.itemType()).param("itemId", event.itemId())
                .param("action", event.action().name()).param("purpose", event.purpose()).param("outcome", event.outcome().name())
                .param("previous", previous).param("hash", hash)
                .update();
    }

    /** The hash of a row: SHA-256 over the previous hash and every field, in a fixed order and format. */
    static String hash(String previous, Instant at, AccessEvent event) {
        String canonical = String.join("|", previous, at.toString(), event.operator(), text(event.unitCode()),
                text(event.roleCode()), text(event.personId()), text(event.caseId()), text(event.itemType()),
                text(event.itemId()), event.action().name(), event.purpose(), event.outcome().name());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
