package it.fascicolosociale.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the access log is kept. The Garante's guidelines on the dossier sanitario (4 June 2015, G.U. 164 of 17
 * July 2015), which the platform applies by analogy to the social file, ask for the access logs to be kept at least
 * 24 months; an installation may keep them longer ({@code fascicolo.audit.access-log-retention}, an ISO 8601 period
 * in months or years), never shorter. The database holds the same floor ({@code access_log_retention_floor}).
 */
@Component
class AccessLogRetentionPolicy {

    static final Period LEAST = Period.ofMonths(24);

    private final Period retention;

    AccessLogRetentionPolicy(@Value("${fascicolo.audit.access-log-retention:P24M}") String retention) {
        this.retention = Period.parse(retention);
        if (this.retention.toTotalMonths() < LEAST.toTotalMonths()) {
            throw new IllegalArgumentException("the access log is kept at least 24 months, not " + retention);
        }
    }

    /** The rows written before this instant have been kept long enough. */
    Instant cutoff(Clock clock) {
        return ZonedDateTime.now(clock).minus(retention).toInstant();
    }
}
