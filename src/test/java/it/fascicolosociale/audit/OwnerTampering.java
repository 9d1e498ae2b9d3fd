package it.fascicolosociale.audit;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.OwnerDatabase;

/**
 * What only the owner of the schema could do to the access log, granted to the application role for a test's
 * transaction (before it begins) and taken back after it: the right to change and delete rows (of the log and of its
 * recorded verifications), and the append-only trigger off.
 */
final class OwnerTampering {

    private final JdbcClient owner;
    private final String applicationRole;

    OwnerTampering(ApplicationContext context, String applicationRole) {
        this.owner = OwnerDatabase.of(context);
        this.applicationRole = applicationRole;
    }

    /** Everything a tamperer who owns the schema could do: change and delete rows, and make temporary tables. */
    void allowTampering() {
        grantChanges();
        appendOnlyOff();
        temporaryTables(true);
    }

    void stopTampering() {
        appendOnlyOn();
        revokeChanges();
        temporaryTables(false);
    }

    void grantChanges() {
        owner.sql("grant update, delete on access_log, access_log_verification to " + applicationRole).update();
    }

    void revokeChanges() {
        owner.sql("revoke update, delete on access_log, access_log_verification from " + applicationRole).update();
    }

    void appendOnlyOff() {
        owner.sql("alter table access_log disable trigger access_log_no_update_or_delete").update();
    }

    void appendOnlyOn() {
        owner.sql("alter table access_log enable trigger access_log_no_update_or_delete").update();
    }

    /** Temporary tables (the reordering of rows goes through one), which the application role may not make. */
    void temporaryTables(boolean allowed) {
        String grantOrRevoke = allowed ? "grant temporary on database %I to %I" : "revoke temporary on database %I from %I";
        owner.sql("do $$ begin execute format('" + grantOrRevoke + "', current_database(), '" + applicationRole + "'); end $$")
                .update();
    }
}
