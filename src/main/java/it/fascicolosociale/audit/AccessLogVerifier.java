package it.fascicolosociale.audit;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the access log from its first row and recomputes the chain: a changed row breaks its own hash, a
 * deleted or moved row breaks the link of the row after it. Reports the first row where the chain breaks.
 */
@Service
public class AccessLogVerifier {

    /** Where the chain breaks, and why. */
    public record Break(long rowId, String reason) {
    }

    private final JdbcClient jdbc;

    AccessLogVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Break> firstBreak() {
        String[] expectedPrevious = {AccessLog.GENESIS};
        Break[] found = {null};
        jdbc.sql("select * from access_log order by id").query(rows -> {
            if (found[0] != null) {
                return;
            }
            long id = rows.getLong("id");
            if (!rows.getString("previous_hash").equals(expectedPrevious[0])) {
                found[0] = new Break(id, "previous hash does not match the row before: a row was deleted or moved");
                return;
            }
            AccessEvent event = new AccessEvent(rows.getString("operator"), rows.getString("unit_code"), rows.getString("role_code"),
                    (Long) rows.getObject("person_id"), (Long) rows.getObject("case_id"), rows.getString("item_type"),
                    rows.getString("item_id"), AccessEvent.Action.valueOf(rows.getString("action")), rows.getString("purpose"),
                    AccessEvent.Outcome.valueOf(rows.getString("outcome")));
            Instant at = rows.getTimestamp("at").toInstant();
            String hash = AccessLog.hash(expectedPrevious[0], at, event);
            if (!hash.equals(rows.getString("hash"))) {
                found[0] = new Break(id, "the row's content does not match its hash: the row was changed");
                return;
            }
            expectedPrevious[0] = hash;
        });
        return Optional.ofNullable(found[0]);
    }
}
