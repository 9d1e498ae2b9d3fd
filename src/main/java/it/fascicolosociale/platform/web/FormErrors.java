package it.fascicolosociale.platform.web;

import org.springframework.validation.BindingResult;

import it.fascicolosociale.platform.RuleViolation;

/**
 * Puts a refused request back on its form: the violation's message code becomes an error of the field
 * it concerns (or of the whole form), shown in Italian beside the field and in the error summary.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Attaches the violation to {@code field}, or to the whole form when {@code field} is null. */
    public static void reject(BindingResult errors, String field, RuleViolation violation) {
        if (field == null) {
            errors.reject(violation.messageCode(), violation.arguments(), violation.getMessage());
        } else {
            errors.rejectValue(field, violation.messageCode(), violation.arguments(), violation.getMessage());
        }
    }
}
