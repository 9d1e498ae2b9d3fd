package it.fascicolosociale.casefile.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.fascicolosociale.access.PersonSearch.Criteria;
import it.fascicolosociale.organization.IstatCode;

/** What the operator typed in the person search: name or codice fiscale, birth date (yyyy-mm-dd) and comune. */
record SearchForm(
        @Size(max = 100, message = "{error.person-search.text-too-long}") String q,
        @Pattern(regexp = Days.PATTERN, message = "{error.person-search.birth-date}") String birthDate,
        @Pattern(regexp = "|\\d{6}", message = "{error.person-search.comune}") String comune) {

    boolean isEmpty() {
        return blank(q) && blank(birthDate) && blank(comune);
    }

    /** The criteria; call only when the form has no errors. */
    Criteria criteria() {
        return new Criteria(q, day(), blank(comune) ? null : new IstatCode(comune));
    }

    /** The birth date, or null when none was typed; a date that does not exist is an error of the field. */
    LocalDate day() {
        try {
            return blank(birthDate) ? null : Days.parse(birthDate);
        } catch (DateTimeParseException impossible) {
            return null;
        }
    }

    boolean hasImpossibleDate() {
        return !blank(birthDate) && day() == null;
    }

    /** Whether what was typed is a whole codice fiscale: the search that may offer an emergency access. */
    boolean isCodiceFiscale() {
        return q != null && q.strip().matches("[A-Za-z0-9]{16}");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
