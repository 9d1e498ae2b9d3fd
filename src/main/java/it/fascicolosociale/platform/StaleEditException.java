package it.fascicolosociale.platform;

/**
 * Somebody else saved the same record after the form was opened: the edit is refused and nothing
 * changes, so that no one overwrites a colleague's work without seeing it.
 */
public class StaleEditException extends RuleViolation {

    public StaleEditException(String entity, Object id) {
        super("error.stale-edit", entity + " " + id + " was changed by someone else");
    }

    /** Refuses an edit made on a version of the record other than the one now saved. */
    public static void requireVersion(String entity, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleEditException(entity, id);
        }
    }
}
