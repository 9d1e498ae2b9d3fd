package it.fascicolosociale.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock when the demo data are on: the system clock, except while the demo cases are being
 * made, when it stands on the day the {@link DemoCalendar} has reached. The domain then dates what the
 * operators do (an accesso registered, a PAI approved) on the same day as the engine's history and the form
 * submissions, and the social file tells one story. Released, it is the system clock again.
 */
final class DemoClock extends Clock {

    private final Clock system;
    private volatile Instant fixed;

    DemoClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant standing = fixed;
        return standing == null ? system.withZone(zone) : Clock.fixed(standing, zone);
    }

    @Override
    public Instant instant() {
        Instant standing = fixed;
        return standing == null ? system.instant() : standing;
    }

    void standAt(Instant instant) {
        fixed = instant;
    }

    void release() {
        fixed = null;
    }
}
