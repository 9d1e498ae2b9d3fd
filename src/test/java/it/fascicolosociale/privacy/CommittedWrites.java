package it.fascicolosociale.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test helper: whether any transaction that wrote to the database committed since a mark, whatever it wrote and in
 * whichever table (the domain's or the engine's). A transaction gets an id only when it writes; the mark and the check
 * take one each, so the ids between them are those of the writers in between, and PostgreSQL knows which committed.
 * Meaningful where nothing writes in the background (the tests' job executor is off).
 */
final class CommittedWrites {

    private final JdbcClient jdbc;

    CommittedWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long mark() {
        return jdbc.sql("select txid_current()").query(Long.class).single();
    }

    /** How many transactions that wrote committed after the mark. */
    long since(long mark) {
        return jdbc.sql("""
                        select count(*) from generate_series(:mark + 1, txid_current() - 1) as writer
                        where txid_status(writer) = 'committed'""")
                .param("mark", mark).query(Long.class).single();
    }
}
