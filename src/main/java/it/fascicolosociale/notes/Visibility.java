package it.fascicolosociale.notes;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** Who may read a note besides its author: need-to-know, narrowest first. */
public enum Visibility implements Coded {
    /** Only the author and the case manager. */
    RESTRICTED("restricted"),
    /** The case manager and the team of the case. */
    TEAM("team"),
    /** Every unit that has access to the case. */
    ALL_UNITS("all-units");

    private final String code;

    Visibility(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Visibility fromCode(String code) {
        return Coded.fromCode(Visibility.class, code,
                unknown -> new RuleViolation("error.note.unknown-visibility", "Unknown visibility " + unknown, unknown));
    }
}
