package it.fascicolosociale.kpi.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The multidimensional assessment a case calls: the uvmd process (social part by the case manager, the district
 * UVMD's session with its reminder when it is not held within 30 days, the outcome) and its assessment row.
 */
final class UvmdStory {

    private static final Duration SESSION_DUE = Duration.ofDays(30);
    private final Ats ats;

    UvmdStory(Ats ats) {
        this.ats = ats;
    }

    /** Writes the call from the case's run; returns when the outcome came back. */
    Instant tell(Run caseRun, long caseId, IntakeStory.Accepted intake, String manager, Instant requested) {
        Draws draws = ats.draws;
        Run run = ats.history.start(ats.model("uvmd"), "case-" + caseId, requested, manager, "uvmd-requested", caseRun);
        run.variable("caseId", caseId, requested);
        run.variable("comune", intake.comune(), requested);
        run.variable("area", intake.area(), requested);
        run.activity("uvmd-requested", requested, requested);
        run.activity("register-request", requested, requested);
        Instant prepared = draws.after(requested, 5);
        run.task("prepare-social-part", requested, prepared, manager, null, requested.plus(Duration.ofDays(10)), true);
        String operator = ats.organization.staffOf("uvmd-d4", "uvmd");
        Instant convened = draws.after(prepared, 1.5);
        Instant decided = draws.after(convened, 14);
        Run session = run.scope("uvmd-session", prepared, decided);
        session.activity("request-forwarded", prepared, prepared);
        session.task("convene-session", prepared, convened, operator, "ulss-operator@uvmd-d4", prepared.plus(Duration.ofDays(2)), true);
        session.task("record-outcome", convened, decided, operator, "ulss-operator@uvmd-d4", decided, true);
        session.activity("outcome-recorded", decided, decided);
        Instant end = decided;
        if (decided.isAfter(prepared.plus(SESSION_DUE))) {
            Instant late = prepared.plus(SESSION_DUE);
            Instant handled = draws.after(late, 2);
            run.activity("session-late", late, late);
            run.task("session-reminder", late, handled, ats.organization.staffOf("uvmd-d4", "co"), "coordinator@uvmd-d4",
                    late.plus(Duration.ofDays(3)), true);
            run.activity("reminder-handled", handled, handled);
            end = handled.isAfter(end) ? handled : end;
        }
        run.activity("is-eligible", decided, decided);
        boolean eligible = draws.chance(0.8);
        String outcome = eligible ? "eligible-returned" : "not-eligible-returned";
        run.activity(outcome, decided, decided);
        run.end(end, outcome);
        caseRun.call("uvmd-assessment", requested, end, run);
        assessment(caseId, intake, manager, operator, requested, prepared, convened, decided, eligible);
        return end;
    }

    private void assessment(long caseId, IntakeStory.Accepted intake, String manager, String operator, Instant requested,
                            Instant prepared, Instant convened, Instant decided, boolean eligible) {
        Draws draws = ats.draws;
        String code = String.valueOf(draws.between(1, 3));
        ats.domain.assessments.row(ats.nextId("assessment"), caseId, intake.personId(),
                intake.area().equals("elderly") ? "svama" : "svamdi", "DECIDED", manager, requested, code,
                String.valueOf(draws.between(1, 3)), String.valueOf(draws.between(1, 2)), String.valueOf(draws.between(1, 3)),
                String.valueOf(draws.between(1, 3)), "1", "Valutazione sociale (dato sintetico)", manager, prepared,
                Draws.day(convened), operator, Draws.day(decided), eligible ? "eligible" : "not-eligible",
                eligible ? BigDecimal.valueOf(draws.between(20, 90)) : null, manager, false, "Esito (dato sintetico)",
                operator, decided);
    }
}
