package it.fascicolosociale.organization;

import it.fascicolosociale.platform.NotFoundException;

/** A code that names nothing known: a comune, a user area, a role, a unit, a managing body, an operator. */
public class UnknownCodeException extends NotFoundException {

    /** What kind of thing a code was expected to name. */
    public enum Kind {
        MUNICIPALITY("comune (ISTAT code)"),
        USER_AREA("user area"),
        ROLE("role"),
        UNIT("organizational unit"),
        UNIT_FUNCTION("unit function"),
        MANAGING_BODY("managing body"),
        OPERATOR("operator");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private final Kind kind;

    public UnknownCodeException(Kind kind, Object code) {
        super("error.unknown." + kind.name().toLowerCase().replace('_', '-'),
                "Unknown " + kind.description + ": '" + code + "'", String.valueOf(code));
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
