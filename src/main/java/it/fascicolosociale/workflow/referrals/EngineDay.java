package it.fascicolosociale.workflow.referrals;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The day by the engine's clock, in the comuni's time zone: whether a consent is in force is decided on it. */
final class EngineDay {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private EngineDay() {
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }
}
