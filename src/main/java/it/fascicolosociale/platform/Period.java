package it.fascicolosociale.platform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of days, both ends included; an open end ({@code to == null}) lasts until further notice.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new RuleViolation("error.period.reversed", "period ends " + to + " before it starts " + from);
        }
    }

    public static Period from(LocalDate from) {
        return new Period(from, null);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean overlaps(Period other) {
        return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }
}
