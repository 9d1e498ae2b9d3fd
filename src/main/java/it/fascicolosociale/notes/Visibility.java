package it.fascicolosociale.notes;

import it.fascicolosociale.cases.SocialCase;
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

    /**
     * Whether {@code reader}, who may read the case, may read an item its {@code author} wrote with this visibility:
     * the author and the case manager always, the team unless restricted, anyone with access when for all units.
     */
    public boolean lets(String reader, String author, SocialCase socialCase) {
        if (reader.equals(author) || reader.equals(socialCase.getCaseManager())) {
            return true;
        }
        return switch (this) {
            case RESTRICTED -> false;
            case TEAM -> socialCase.isWorkedOnBy(reader);
            case ALL_UNITS -> true;
        };
    }

    public static Visibility fromCode(String code) {
        return Coded.fromCode(Visibility.class, code,
                unknown -> new RuleViolation("error.note.unknown-visibility", "Unknown visibility " + unknown, unknown));
    }
}
