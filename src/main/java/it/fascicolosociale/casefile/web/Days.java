package it.fascicolosociale.casefile.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Days as forms send them: yyyy-mm-dd from a date field, or dd/mm/yyyy typed where the browser has no date field. */
final class Days {

    /** Either shape, for the validation of the fields. */
    static final String PATTERN = "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}";

    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Days() {
    }

    /** The day; throws {@link DateTimeParseException} for a day that does not exist. */
    static LocalDate parse(String text) {
        String day = text.strip();
        return day.contains("/") ? LocalDate.parse(day, ITALIAN) : LocalDate.parse(day);
    }
}
