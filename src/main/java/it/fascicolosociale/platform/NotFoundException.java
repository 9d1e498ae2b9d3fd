package it.fascicolosociale.platform;

/** A reference to something that does not exist; pages and APIs answer it with 404. */
public class NotFoundException extends RuleViolation {

    public NotFoundException(String messageCode, String detail, Object... arguments) {
        super(messageCode, detail, arguments);
    }
}
