package it.fascicolosociale.demo;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Test handle on the application's clock (the {@link DemoClock} the tests run with): a test that builds a dataset
 * through the domain services stands the clock on the instant each event happens, e.g. the first or last second
 * of a period, and releases it after.
 */
@Component
public class DemoTime {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final DemoClock clock;

    DemoTime(DemoClock clock) {
        this.clock = clock;
    }

    /** Stands the clock on a local time in Italy. */
    public void at(LocalDateTime romeTime) {
        clock.standAt(romeTime.atZone(ROME).toInstant());
    }

    /** The system clock again. */
    public void release() {
        clock.release();
    }
}
