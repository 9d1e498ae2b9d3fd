package it.fascicolosociale.organization;

import it.fascicolosociale.platform.RuleViolation;

/** A code that must be unique is already taken. */
public class DuplicateCodeException extends RuleViolation {

    /** Which code is duplicated. */
    public enum Kind {
        ISTAT_CODE, CADASTRAL_CODE, UNIT_CODE, USERNAME
    }

    private final Kind kind;

    public DuplicateCodeException(Kind kind, Object code) {
        super("error.duplicate." + kind.name().toLowerCase().replace('_', '-'),
                "Duplicate " + kind.name().toLowerCase().replace('_', ' ') + " '" + code + "'", String.valueOf(code));
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
