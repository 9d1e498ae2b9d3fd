package it.fascicolosociale.organization.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.web.FormErrors;

/**
 * One save from a submitted admin form. Input that fails validation, or a rule the domain refuses, goes
 * back on the form in Italian, on the field the message concerns (looked up by message code) or on the
 * whole form; then nothing is saved.
 */
final class FormSave {

    private final Map<String, String> fieldsByMessageCode;

    FormSave(Map<String, String> fieldsByMessageCode) {
        this.fieldsByMessageCode = Map.copyOf(fieldsByMessageCode);
    }

    /** The saved result, or empty when the form must be shown again with its errors. */
    <T> Optional<T> attempt(BindingResult errors, Supplier<T> save) {
        if (errors.getTarget() == null) {
            // a value that cannot even be converted (a tampered select, a malformed date): no form to show again
            throw new RuleViolation("error.form.unreadable", "unconvertible values in fields "
                    + errors.getFieldErrors().stream().map(FieldError::getField).toList());
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (RuleViolation violation) {
            FormErrors.reject(errors, fieldsByMessageCode.get(violation.messageCode()), violation);
            return Optional.empty();
        }
    }
}
