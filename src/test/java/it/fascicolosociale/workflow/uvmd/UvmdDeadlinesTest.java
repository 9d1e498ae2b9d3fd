package it.fascicolosociale.workflow.uvmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The UVMD's time limits: working days to convene, the day of the session for its outcome. */
class UvmdDeadlinesTest {

    private final UvmdDeadlines deadlines = new UvmdDeadlines(2, "P30D");

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void convenesWithinTwoWorkingDaysSkippingTheWeekend() {
        assertThat(conveneDueFrom("2026-03-02T09:00:00Z")).isEqualTo("2026-03-04T09:00:00Z"); // Monday -> Wednesday
        assertThat(conveneDueFrom("2026-03-06T09:00:00Z")).isEqualTo("2026-03-10T09:00:00Z"); // Friday -> Tuesday
        assertThat(conveneDueFrom("2026-03-07T11:00:00Z")).isEqualTo("2026-03-10T11:00:00Z"); // Saturday -> Tuesday
        assertThat(conveneDueFrom("2026-03-05T16:00:00Z")).isEqualTo("2026-03-09T16:00:00Z"); // Thursday -> Monday
    }

    @Test
    void countsTheWorkingDaysTheEnteConfigures() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));

        assertThat(new UvmdDeadlines(5, "P30D").conveneDue()).isEqualTo(Date.from(Instant.parse("2026-03-09T09:00:00Z")));
        assertThat(new UvmdDeadlines(2, "P45D").getSessionDue()).isEqualTo("P45D");
    }

    @Test
    void theOutcomeIsDueByTheEndOfTheSessionDayInItaly() {
        assertThat(deadlines.outcomeDue("2026-03-20")).isEqualTo(Date.from(Instant.parse("2026-03-20T23:00:00Z")));
        assertThat(deadlines.outcomeDue("2026-07-20")).isEqualTo(Date.from(Instant.parse("2026-07-20T22:00:00Z")));
    }

    private String conveneDueFrom(String now) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(now)));
        return deadlines.conveneDue().toInstant().toString();
    }
}
