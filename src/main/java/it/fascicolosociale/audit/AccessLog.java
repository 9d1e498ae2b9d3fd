package it.fascicolosociale.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the access log inside the caller's transaction (mandatory): if the row cannot be written the
 * action fails with it. Appends are serialised by a transaction-scoped advisory lock, so that each row's hash
 * covers the previous row's and the chain never forks. The database keeps the chain's anchor itself: a trigger on
 * every insert records the last row and its hash in {@code access_log_anchor}, which this role may only read.
 */
@Service
public class AccessLog {

    static final String GENESIS = "0".repeat(64);
    /** The advisory lock of appends; the purge ({@code purge_access_log}, V0231) takes it too. */
    static final long APPEND_LOCK = 0x4143434553534cL;

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    AccessLog(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AccessEvent event) {
        recordAll(List.of(event));
    }

    /**
     * Appends the events in their order with one lock and one insert, each row chained to the one before: the rows
     * of a search that returned several persons cost about what one row costs.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AccessEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query().singleRow();
        String previous = jdbc.sql("select hash from access_log order by id desc limit 1")
                .query(String.class).optional().orElse(GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> params = new HashMap<>();
        params.put("at", java.sql.Timestamp.from(at));
        params.put("version", HashFormat.CURRENT.version());
        List<String> rows = new ArrayList<>();
        for (AccessEvent event : events) {
            String hash = HashFormat.CURRENT.hash(previous, at, event);
            rows.add(row(rows.size(), event, previous, hash, params));
            previous = hash;
        }
        // a multi-row insert takes its identities in the order of its rows: the order of the chain
        jdbc.sql("""
                        insert into access_log (at, operator, unit_code, role_code, person_id, case_id, item_type, item_id,
                                                action, purpose, outcome, previous_hash, hash, hash_version)
                        values """ + String.join(", ", rows))
                .params(params).update();
    }

    /** The values of one row, its parameters numbered by its place in the insert. */
    private static String row(int index, AccessEvent event, String previous, String hash, Map<String, Object> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("operator", event.operator());
        values.put("unit", event.unitCode());
        values.put("role", event.roleCode());
        values.put("person", event.personId());
        values.put("case", event.caseId());
        values.put("itemType", event.itemType());
        values.put("itemId", event.itemId());
        values.put("action", event.action().name());
        values.put("purpose", event.purpose());
        values.put("outcome", event.outcome().name());
        values.put("previous", previous);
        values.put("hash", hash);
        List<String> names = new ArrayList<>();
        values.forEach((name, value) -> {
            params.put(name + index, value);
            names.add(":" + name + index);
        });
        return "(:at, " + String.join(", ", names) + ", :version)";
    }
}
