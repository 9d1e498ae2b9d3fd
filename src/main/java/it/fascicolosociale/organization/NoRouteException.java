package it.fascicolosociale.organization;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The organization gives no single unit for a piece of work: no delegation in force, an inactive unit,
 * no unit or several units of a function covering the comune. Never answered with a default group.
 */
public class NoRouteException extends RuleViolation {

    NoRouteException(String messageCode, String detail, Object... arguments) {
        super(messageCode, detail, arguments);
    }
}
