package it.fascicolosociale.kpi.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import it.fascicolosociale.kpi.KpiFilter;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The filters of a KPI page as typed (dates as yyyy-mm-dd text, codes); empty dates mean the current year up to
 * today. Turned into a {@link KpiFilter}, or refused with the Italian message of what is wrong.
 */
public record KpiFilterForm(String from, String to, String comune, String area, String body) {

    public static KpiFilterForm empty() {
        return new KpiFilterForm(null, null, null, null, null);
    }

    KpiFilter toFilter(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new KpiFilter(date(from, today.withDayOfYear(1)), date(to, today), comune, area, body);
    }

    /** The same filters with the period written out, for the form to show what was used. */
    KpiFilterForm shown(KpiFilter filter) {
        return new KpiFilterForm(filter.from().toString(), filter.to().toString(), filter.comune(), filter.area(),
                filter.managingBody());
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw new RuleViolation("error.kpi.bad-request", "unreadable date");
        }
    }
}
