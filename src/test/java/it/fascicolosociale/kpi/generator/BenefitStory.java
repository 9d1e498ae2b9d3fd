package it.fascicolosociale.kpi.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benefits of a PAI: which items a case receives, their periods and renewals within the case's life, the
 * monthly deliveries with the cost split (health service share, the user's ISEE share, the body's remainder), and
 * the benefit process the plan calls for each (administrative check, approval, activation, deliveries recorded
 * each quarter, the wait for the period's end, the renewal decision).
 */
final class BenefitStory {

    /** A benefit planned for a case, with its timeline. */
    record Granted(long id, Item item, IntakeStory.Accepted intake, long caseId, String manager, String unit, Instant requested,
                   Instant checked, Instant decided, boolean refused, Instant activated, List<LocalDate[]> periods,
                   List<Instant> decisions, Instant end) {
    }

    private final Ats ats;

    BenefitStory(Ats ats) {
        this.ats = ats;
    }

    /** The benefits a case gets when its PAI is approved, each ended before the closure is proposed. */
    List<Granted> plan(IntakeStory.Accepted intake, long caseId, String manager, String unit, Instant approved, Instant proposed) {
        List<Granted> granted = new ArrayList<>();
        for (Map.Entry<Item, Double> offer : Item.BY_AREA.get(intake.area())) {
            if (ats.draws.chance(offer.getValue())) {
                Granted benefit = timeline(offer.getKey(), intake, caseId, manager, unit, approved, proposed);
                if (benefit != null) {
                    granted.add(benefit);
                }
            }
        }
        return granted;
    }

    private Granted timeline(Item item, IntakeStory.Accepted intake, long caseId, String manager, String unit,
                             Instant requested, Instant proposed) {
        Draws draws = ats.draws;
        Instant checked = draws.after(requested, 3);
        Instant decided = draws.after(checked, 4);
        if (draws.chance(0.04)) {
            return decided.isBefore(proposed) ? new Granted(ats.nextId("benefit"), item, intake, caseId, manager, unit,
                    requested, checked, decided, true, null, List.of(), List.of(), decided) : null;
        }
        Instant activated = draws.after(decided, 3);
        LocalDate from = Draws.day(activated);
        LocalDate lastDay = Draws.day(proposed).minusDays(5);
        List<LocalDate[]> periods = new ArrayList<>();
        List<Instant> decisions = new ArrayList<>();
        int months = item.oneOff() ? 1 : draws.chance(0.5) ? 6 : 12;
        LocalDate to = from.plusMonths(months).minusDays(1);
        if (to.isAfter(lastDay)) {
            to = lastDay;
        }
        while (!to.isBefore(from.plusDays(27))) {
            periods.add(new LocalDate[] {from, to});
            Instant decision = draws.after(endOf(to), 3);
            decisions.add(decision);
            from = to.plusDays(1);
            to = from.plusMonths(months).minusDays(1);
            if (item.oneOff() || to.isAfter(lastDay) || Draws.day(decision).isAfter(from)) {
                break;
            }
        }
        if (periods.isEmpty() || decisions.get(decisions.size() - 1).isAfter(proposed)) {
            return null;
        }
        return new Granted(ats.nextId("benefit"), item, intake, caseId, manager, unit, requested, checked, decided, false,
                activated, periods, decisions, decisions.get(decisions.size() - 1));
    }

    /** Writes the benefit process called from the case's run, its benefit row and its deliveries. */
    Run tell(Run caseRun, Granted benefit) {
        Run run = ats.history.start(ats.model("benefit"), "case-" + benefit.caseId(), benefit.requested(), benefit.manager(),
                "benefit-requested", caseRun);
        run.variable("benefitId", benefit.id(), benefit.requested());
        run.variable("caseId", benefit.caseId(), benefit.requested());
        run.variable("comune", benefit.intake().comune(), benefit.requested());
        run.variable("area", benefit.intake().area(), benefit.requested());
        String admin = ats.organization.staffOf(benefit.unit(), "amm");
        String approver = ats.organization.staffOf(benefit.unit(), "ra");
        run.activity("benefit-requested", benefit.requested(), benefit.requested());
        run.activity("record-request", benefit.requested(), benefit.requested());
        run.task("administrative-check", benefit.requested(), benefit.checked(), admin,
                ats.group("administrative", benefit.unit()), benefit.requested().plus(Duration.ofDays(10)), true);
        run.activity("compute-co-payment", benefit.checked(), benefit.checked());
        run.task("approval", benefit.checked(), benefit.decided(), approver, ats.group("area-manager", benefit.unit()),
                benefit.checked().plus(Duration.ofDays(15)), true);
        run.activity("approved", benefit.decided(), benefit.decided());
        if (benefit.refused()) {
            run.activity("benefit-refused", benefit.decided(), benefit.decided());
            run.end(benefit.decided(), "benefit-refused");
            new BenefitRows(ats).refused(benefit, admin, approver);
            return run;
        }
        run.task("activation", benefit.decided(), benefit.activated(), admin, ats.group("administrative", benefit.unit()),
                benefit.decided().plus(Duration.ofDays(10)), true);
        Instant at = benefit.activated();
        BenefitRows rows = new BenefitRows(ats);
        for (int p = 0; p < benefit.periods().size(); p++) {
            LocalDate[] period = benefit.periods().get(p);
            List<Instant> recordings = rows.deliveries(benefit, period, admin);
            at = deliveries(run, benefit, admin, at, recordings, endOf(period[1]));
            Instant decision = benefit.decisions().get(p);
            run.activity("renewal-due", endOf(period[1]), endOf(period[1]));
            run.task("renewal-decision", endOf(period[1]), decision, benefit.manager(), null, endOf(period[1]).plus(Duration.ofDays(10)), true);
            run.activity("renewed", decision, decision);
            at = decision;
        }
        run.activity("benefit-ended", at, at);
        run.end(at, "benefit-ended");
        rows.granted(benefit, admin, approver);
        return run;
    }

    /** The deliveries of one period: recorded quarter by quarter, then the wait for the period's end. */
    private Instant deliveries(Run run, Granted benefit, String admin, Instant start, List<Instant> recordings, Instant periodEnd) {
        Instant at = start;
        for (int i = 0; i < recordings.size(); i++) {
            Instant recorded = recordings.get(i).isBefore(at) ? at : recordings.get(i);
            run.activity("deliveries-open", at, at);
            run.task("record-deliveries", at, recorded, admin, ats.group("administrative", benefit.unit()), periodEnd, true);
            run.activity("more-deliveries", recorded, recorded);
            at = recorded;
        }
        run.activity("period-over", at, periodEnd);
        return periodEnd;
    }

    static Instant endOf(LocalDate periodTo) {
        return periodTo.plusDays(1).atStartOfDay(Draws.ROME).toInstant();
    }

    static LocalDate monthEnd(LocalDate day) {
        return day.with(TemporalAdjusters.lastDayOfMonth());
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
