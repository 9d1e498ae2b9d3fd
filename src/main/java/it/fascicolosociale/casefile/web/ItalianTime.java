package it.fascicolosociale.casefile.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * Moments of the file as the comuni read them, in their time zone, for the templates ({@code @italianTime.at(x)}):
 * the server may run in another zone, so instants are never formatted as they are.
 */
@Component("italianTime")
public class ItalianTime {

    private final Clock clock;

    ItalianTime(Clock clock) {
        this.clock = clock;
    }

    public LocalDateTime at(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
