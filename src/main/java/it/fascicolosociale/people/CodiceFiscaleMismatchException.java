package it.fascicolosociale.people;

import it.fascicolosociale.platform.RuleViolation;

/** A codice fiscale that disagrees with the person's own data, or names a place of birth nobody knows. */
public class CodiceFiscaleMismatchException extends RuleViolation {

    /** What the code disagrees on. */
    public enum Reason {
        BIRTH_DATE("error.person.cf-birth-date-mismatch"),
        SEX("error.person.cf-sex-mismatch"),
        BIRTH_PLACE("error.person.cf-place-mismatch"),
        UNKNOWN_PLACE("error.person.cf-place-unknown");

        private final String messageCode;

        Reason(String messageCode) {
            this.messageCode = messageCode;
        }
    }

    private final Reason reason;

    public CodiceFiscaleMismatchException(Reason reason) {
        super(reason.messageCode, "Codice fiscale disagrees with the person's data: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
