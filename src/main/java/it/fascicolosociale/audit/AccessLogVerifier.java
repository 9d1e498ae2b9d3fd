package it.fascicolosociale.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the access log from its first row and recomputes the chain: a changed row breaks its own hash, a deleted or
 * moved row breaks the link of the row after it. The chain's two ends are compared with the latest anchor
 * ({@code access_log_anchor}, kept by the database on every append and purge): rows deleted at the beginning or at
 * the end, and a chain rewritten with recomputed hashes, break there. Reports the first break.
 */
@Service
public class AccessLogVerifier {

    /** Where the chain breaks, and why. */
    public record Break(long rowId, String reason) {
    }

    /** Where the chain begins (after which row, with which hash) and ends, as the database last recorded it. */
    record Anchor(long beginsAfterId, String beginsAfterHash, long endsAtId, String endsAtHash) {

        static final Anchor NONE = new Anchor(0, AccessLog.GENESIS, 0, AccessLog.GENESIS);
    }

    /** One row as the chain reads it. */
    private record Link(long id, HashFormat format, String previousHash, String hash, Instant at, AccessEvent event) {
    }

    private static final int ROWS_PER_FETCH = 1_000;

    private final JdbcClient jdbc;

    AccessLogVerifier(JdbcTemplate template) {
        // its own template, to read the log in batches (a cursor) and stop at the first break
        JdbcTemplate batched = new JdbcTemplate(template.getDataSource());
        batched.setFetchSize(ROWS_PER_FETCH);
        this.jdbc = JdbcClient.create(batched);
    }

    /** The anchor and the rows are read in one snapshot, so an append committed meanwhile is no false break. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Break> firstBreak() {
        Anchor anchor = jdbc.sql("""
                        select begins_after_id, begins_after_hash, ends_at_id, ends_at_hash
                        from access_log_anchor order by id desc limit 1""")
                .query(Anchor.class).optional().orElse(Anchor.NONE);
        long lastId = anchor.beginsAfterId();
        String lastHash = anchor.beginsAfterHash();
        try (Stream<Link> links = jdbc.sql("select * from access_log order by id").query(AccessLogVerifier::link).stream()) {
            for (Iterator<Link> chain = links.iterator(); chain.hasNext(); ) {
                Link link = chain.next();
                Optional<Break> broken = broken(link, lastHash);
                if (broken.isPresent()) {
                    return broken;
                }
                lastId = link.id();
                lastHash = link.hash();
            }
        }
        return brokenEnd(anchor, lastId, lastHash);
    }

    private static Optional<Break> broken(Link link, String expectedPrevious) {
        if (!link.previousHash().equals(expectedPrevious)) {
            return Optional.of(new Break(link.id(), "previous hash does not match the row before: a row was deleted or moved"));
        }
        if (!link.format().hash(expectedPrevious, link.at(), link.event()).equals(link.hash())) {
            return Optional.of(new Break(link.id(), "the row's content does not match its hash: the row was changed"));
        }
        return Optional.empty();
    }

    private static Optional<Break> brokenEnd(Anchor anchor, long lastId, String lastHash) {
        if (lastId < anchor.endsAtId()) {
            return Optional.of(new Break(anchor.endsAtId(), "the log ends before the row its anchor names: rows at its end were deleted"));
        }
        if (lastId > anchor.endsAtId()) {
            return Optional.of(new Break(lastId, "the log goes on after the row its anchor names: rows were added around the anchor"));
        }
        if (!lastHash.equals(anchor.endsAtHash())) {
            return Optional.of(new Break(lastId, "the last row's hash is not its anchor's: the chain was rewritten"));
        }
        return Optional.empty();
    }

    private static Link link(ResultSet rows, int number) throws SQLException {
        AccessEvent event = new AccessEvent(rows.getString("operator"), rows.getString("unit_code"), rows.getString("role_code"),
                rows.getObject("person_id", Long.class), rows.getObject("case_id", Long.class), rows.getString("item_type"),
                rows.getString("item_id"), AccessEvent.Action.valueOf(rows.getString("action")), rows.getString("purpose"),
                AccessEvent.Outcome.valueOf(rows.getString("outcome")));
        return new Link(rows.getLong("id"), HashFormat.of(rows.getInt("hash_version")), rows.getString("previous_hash"),
                rows.getString("hash"), rows.getTimestamp("at").toInstant(), event);
    }
}
