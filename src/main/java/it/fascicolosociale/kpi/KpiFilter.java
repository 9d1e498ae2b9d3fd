package it.fascicolosociale.kpi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

import it.fascicolosociale.platform.RuleViolation;

/**
 * What a figure is about: a period of days (both ends included) and optionally one comune (ISTAT code),
 * one user area and one managing body (its code). Every indicator takes the same filter.
 */
public record KpiFilter(LocalDate from, LocalDate to, String comune, String area, String managingBody) {

    /** The comuni's time zone: a day of the period is a day in Italy. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    static final long MAX_DAYS = 366L * 20;
    private static final Pattern ISTAT = Pattern.compile("[0-9]{6}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public KpiFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new RuleViolation("error.kpi.period-reversed", "period ends before it starts", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new RuleViolation("error.kpi.period-too-long", "period longer than twenty years");
        }
        comune = blankToNull(comune);
        area = blankToNull(area);
        managingBody = blankToNull(managingBody);
        if (comune != null && !ISTAT.matcher(comune).matches()) {
            throw new RuleViolation("error.kpi.comune-format", "comune is not a 6-digit ISTAT code");
        }
        if ((area != null && !CODE.matcher(area).matches()) || (managingBody != null && !CODE.matcher(managingBody).matches())) {
            throw new RuleViolation("error.kpi.code-format", "area or managing body is not a code");
        }
    }

    /** One calendar year, every comune, area and body. */
    public static KpiFilter year(int year) {
        return new KpiFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null);
    }

    public KpiFilter forComune(String istatCode) {
        return new KpiFilter(from, to, istatCode, area, managingBody);
    }

    /** The first instant of the period, for domain timestamps (timestamptz). */
    OffsetDateTime start() {
        return from.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first instant after the period. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The start for the engine's history, whose timestamps are local times of the JVM's zone. */
    LocalDateTime engineStart() {
        return start().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }

    LocalDateTime engineEnd() {
        return end().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
