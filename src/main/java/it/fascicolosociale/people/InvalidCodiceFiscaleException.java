package it.fascicolosociale.people;

import it.fascicolosociale.platform.RuleViolation;

/**
 * A text that is not a valid codice fiscale. Neither the message nor the arguments repeat the code:
 * it is personal data, and this detail reaches the logs.
 */
public class InvalidCodiceFiscaleException extends RuleViolation {

    /** What is wrong with the code: its shape, its check character, or the birth date it holds. */
    public enum Reason {
        FORMAT("error.codice-fiscale.format"),
        CHECK_CHARACTER("error.codice-fiscale.check-character"),
        BIRTH_DATE("error.codice-fiscale.birth-date");

        private final String messageCode;

        Reason(String messageCode) {
            this.messageCode = messageCode;
        }
    }

    private final Reason reason;

    public InvalidCodiceFiscaleException(Reason reason) {
        super(reason.messageCode, "Invalid codice fiscale: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
