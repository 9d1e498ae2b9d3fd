package it.fascicolosociale.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Italian users read them in messages, e.g. 01/01/2026. */
public final class ItalianDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ItalianDates() {
    }

    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
