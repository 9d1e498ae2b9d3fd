package it.fascicolosociale.casefile.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.fascicolosociale.audit.AccessLogQuery;

/** The DPO's filters of the access log as typed: operator, person and case ids, action, purpose, period, page. */
record AccessLogForm(
        @Size(max = 60, message = "{validation.access-log.operator}") String operator,
        @Pattern(regexp = "|\\d{1,18}", message = "{validation.access-log.id}") String personId,
        @Pattern(regexp = "|\\d{1,18}", message = "{validation.access-log.id}") String caseId,
        @Pattern(regexp = "|READ|WRITE|SEARCH|EXPORT|DOWNLOAD|API", message = "{validation.access-log.action}") String action,
        @Size(max = 30, message = "{validation.access-log.purpose}") String purpose,
        @Pattern(regexp = Days.PATTERN, message = "{validation.access-log.day}") String from,
        @Pattern(regexp = Days.PATTERN, message = "{validation.access-log.day}") String to,
        @Pattern(regexp = "|\\d{1,6}", message = "{validation.access-log.page}") String page) {

    /** The filter; a day that does not exist throws {@link DateTimeParseException}. */
    AccessLogQuery.Filter filter() {
        return new AccessLogQuery.Filter(operator, id(personId), id(caseId), action, purpose, day(from), day(to));
    }

    int pageNumber() {
        return page == null || page.isBlank() ? 0 : Integer.parseInt(page);
    }

    private static Long id(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text);
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : Days.parse(text);
    }
}
