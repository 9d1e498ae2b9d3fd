package it.fascicolosociale.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The days the demo cases are made on. It moves the engine's clock and the application's clock together, so that
 * due dates come from the BPMN as they would have on that day, and on the way it fires the timers of the demo's
 * processes at their due time, as the job executor would have (escalations, reminders, the end of a benefit's
 * period). Always {@link #release()} it: both clocks are shared by the whole application.
 */
@Component
@OnDemoData
class DemoCalendar {

    private static final int MAX_TIMERS_AT_ONCE = 1_000;

    private final DemoClock clock;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Map<String, String> businessKeyOfProcess = new HashMap<>();
    private Instant standing;

    DemoCalendar(DemoClock clock, ManagementService management, RuntimeService runtime) {
        this.clock = clock;
        this.management = management;
        this.runtime = runtime;
    }

    /** Moves to {@code at}, firing first the timers due by then of the processes whose business key is the demo's. */
    void moveTo(Instant at, Predicate<String> demoKeys) {
        for (int fired = 0; fired < MAX_TIMERS_AT_ONCE; fired++) {
            Optional<Job> timer = nextTimer(at, demoKeys);
            if (timer.isEmpty()) {
                standAt(at);
                return;
            }
            Instant due = timer.get().getDuedate().toInstant();
            standAt(standing != null && standing.isAfter(due) ? standing : due);
            management.executeJob(timer.get().getId());
        }
        throw new IllegalStateException("More than " + MAX_TIMERS_AT_ONCE + " timers due by " + at);
    }

    /** Fires, each at its due time, the demo's timers due by now (the system's time), then releases the clocks. */
    void catchUp(Predicate<String> demoKeys) {
        release();
        moveTo(clock.instant(), demoKeys);
        release();
    }

    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void release() {
        standing = null;
        businessKeyOfProcess.clear();
        ClockUtil.reset();
        clock.release();
    }

    private void standAt(Instant instant) {
        standing = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
        clock.standAt(instant);
    }

    private Optional<Job> nextTimer(Instant by, Predicate<String> demoKeys) {
        return management.createJobQuery().timers().active().withRetriesLeft()
                .duedateLowerThan(Date.from(by.plusMillis(1))).orderByJobDuedate().asc().list().stream()
                .filter(job -> demoKeys.test(businessKeyOf(job.getProcessInstanceId())))
                .findFirst();
    }

    private String businessKeyOf(String processInstanceId) {
        return businessKeyOfProcess.computeIfAbsent(processInstanceId, id -> runtime.createProcessInstanceQuery()
                .processInstanceId(id).singleResult().getBusinessKey());
    }
}
