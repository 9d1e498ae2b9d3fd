package it.fascicolosociale.casefile.web;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.web.FormErrors;

/**
 * One change from a form of the social file page: nothing happens when the form has errors; a rule the domain
 * refuses goes back on the field its message concerns (or on the whole form). A missing or forbidden case is not a
 * form error: it leaves as "not found".
 */
final class Attempt {

    private final Map<String, String> fieldsByMessageCode;
    private final String dateField;

    Attempt(Map<String, String> fieldsByMessageCode, String dateField) {
        this.fieldsByMessageCode = Map.copyOf(fieldsByMessageCode);
        this.dateField = dateField;
    }

    <T> Optional<T> run(BindingResult errors, Supplier<T> change) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (NotFoundException missing) {
            throw missing;
        } catch (RuleViolation violation) {
            FormErrors.reject(errors, fieldsByMessageCode.get(violation.messageCode()), violation);
            return Optional.empty();
        } catch (DateTimeParseException impossibleDay) {
            errors.rejectValue(dateField, "validation.note.day-format");
            return Optional.empty();
        }
    }
}
