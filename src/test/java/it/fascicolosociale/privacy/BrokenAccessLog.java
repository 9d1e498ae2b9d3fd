package it.fascicolosociale.privacy;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.OwnerDatabase;

/**
 * Test helper: the access log made unwritable while it is open, by a trigger that refuses every insert with
 * {@link #MESSAGE}, for the fail-closed tests. Only the schema's owner may add a trigger: the application's role
 * runs no DDL.
 */
final class BrokenAccessLog implements AutoCloseable {

    static final String MESSAGE = "access log unavailable (test)";

    private final JdbcClient owner;

    private BrokenAccessLog(JdbcClient owner) {
        this.owner = owner;
    }

    static BrokenAccessLog in(ApplicationContext context) {
        JdbcClient owner = OwnerDatabase.of(context);
        owner.sql("create function test_access_log_refused() returns trigger language plpgsql as $$ begin raise exception '"
                + MESSAGE + "'; end $$").update();
        owner.sql("""
                create trigger test_access_log_refused before insert on access_log
                for each row execute function test_access_log_refused()""").update();
        return new BrokenAccessLog(owner);
    }

    /** Repairs the log. */
    @Override
    public void close() {
        owner.sql("drop trigger test_access_log_refused on access_log").update();
        owner.sql("drop function test_access_log_refused()").update();
    }
}
