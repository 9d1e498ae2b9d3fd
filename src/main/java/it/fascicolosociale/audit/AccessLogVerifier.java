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
 * the end, and a chain rewritten with recomputed hashes, break there. Reports the first break. The same walk checks
 * only the rows after a checkpoint, a row a recorded full verification found intact ({@link AccessLogVerification}).
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

    /** How far a check went: rows read, the last row that linked (and its hash), and the first break if any. */
    public record Check(long rowsChecked, long upToId, String upToHash, Optional<Break> chainBreak) {
    }

    /** A row a full verification found intact, with its hash then: the chain after it is checked from there. */
    public record Checkpoint(long upToId, String upToHash) {
    }

    /** The whole chain, from its anchored beginning to its anchored end. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Break> firstBreak() {
        return checkAll().chainBreak();
    }

    /** The anchor and the rows are read in one snapshot, so an append committed meanwhile is no false break. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Check checkAll() {
        Anchor anchor = latestAnchor();
        return walk(anchor, Long.MIN_VALUE, anchor.beginsAfterId(), anchor.beginsAfterHash());
    }

    /**
     * The rows appended after the checkpoint: the checkpoint's row must still hold its hash, the rows after it link
     * from there and end at the anchor. A checkpoint the purge has since deleted leaves the whole chain to check.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Check checkAfter(Checkpoint checkpoint) {
        Anchor anchor = latestAnchor();
        if (checkpoint.upToId() <= anchor.beginsAfterId()) {
            return walk(anchor, Long.MIN_VALUE, anchor.beginsAfterId(), anchor.beginsAfterHash());
        }
        Optional<String> hash = jdbc.sql("select hash from access_log where id = :id").param("id", checkpoint.upToId())
                .query(String.class).optional();
        if (!hash.equals(Optional.of(checkpoint.upToHash()))) {
            return new Check(0, checkpoint.upToId(), checkpoint.upToHash(), Optional.of(new Break(checkpoint.upToId(),
                    "the row of the last verification is gone or no longer has its hash: the chain was changed before it")));
        }
        return walk(anchor, checkpoint.upToId(), checkpoint.upToId(), checkpoint.upToHash());
    }

    private Anchor latestAnchor() {
        return jdbc.sql("""
                        select begins_after_id, begins_after_hash, ends_at_id, ends_at_hash
                        from access_log_anchor order by id desc limit 1""")
                .query(Anchor.class).optional().orElse(Anchor.NONE);
    }

    /** Links the rows after {@code afterId} to the row before them, stopping at the first break, then checks the end. */
    private Check walk(Anchor anchor, long afterId, long lastId, String lastHash) {
        long rows = 0;
        try (Stream<Link> links = jdbc.sql("select * from access_log where id > :after order by id").param("after", afterId)
                .query(AccessLogVerifier::link).stream()) {
            for (Iterator<Link> chain = links.iterator(); chain.hasNext(); ) {
                Link link = chain.next();
                rows++;
                Optional<Break> broken = broken(link, lastHash);
                if (broken.isPresent()) {
                    return new Check(rows, lastId, lastHash, broken);
                }
                lastId = link.id();
                lastHash = link.hash();
            }
        }
        return new Check(rows, lastId, lastHash, brokenEnd(anchor, lastId, lastHash));
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
