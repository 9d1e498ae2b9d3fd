package it.fascicolosociale.demo;

import java.time.Clock;
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

    private final Clock clock;

    /** Takes the application's clock, so that a context without the demo data still starts (and fails only if used). */
    DemoTime(Clock clock) {
        this.clock = clock;
    }

    /** Stands the clock on a local time in Italy. */
    public void at(LocalDateTime romeTime) {
        demoClock().standAt(romeTime.atZone(ROME).toInstant());
    }

    /** The system clock again. */
    public void release() {
        demoClock().release();
    }

    private DemoClock demoClock() {
        if (clock instanceof DemoClock demo) {
            return demo;
        }
        throw new IllegalStateException("the application clock is not the demo clock: run with fascicolo.demo-data=true");
    }
}
