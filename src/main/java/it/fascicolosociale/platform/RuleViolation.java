package it.fascicolosociale.platform;

import java.util.Arrays;

/**
 * A request broke a business rule. It carries a message code of {@code messages.properties}, so that
 * the web layer shows the Italian text, and an English detail for the logs; neither holds personal data.
 */
public class RuleViolation extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    public RuleViolation(String messageCode, String detail, Object... arguments) {
        super(detail);
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
