package it.fascicolosociale.kpi.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A presa in carico from its opening to its closure: the social case with its events, the PAI versions, and the
 * social-case process (first interview with its late reminder, assessment, the UVMD it may call, the PAI drafted
 * and approved, then the plan's sub-process with its benefits, reviews every six months and the closure approved
 * by the coordinator). Every case closes before the horizon, so every process instance has ended.
 */
final class CaseStory {

    private static final List<String> REASONS = List.of("goals-achieved", "death", "facility-admission", "withdrawal",
            "residence-transferred", "loss-of-requirements", "service-transfer");
    private static final double[] REASON_WEIGHTS = {45, 12, 10, 10, 8, 8, 7};
    private static final Duration REVIEW_INTERVAL = Duration.ofDays(182);

    private final Ats ats;
    private final UvmdStory uvmd;
    private final BenefitStory benefits;

    CaseStory(Ats ats) {
        this.ats = ats;
        this.uvmd = new UvmdStory(ats);
        this.benefits = new BenefitStory(ats);
    }

    void tell(IntakeStory.Accepted intake) {
        Draws draws = ats.draws;
        Instant opened = intake.decidedAt();
        String unit = ats.unitInCharge(intake.comune(), intake.area(), opened);
        String manager = draws.pick(ats.organization.workersOfUnit.get(unit));
        String coordinator = ats.organization.staffOf(unit, "co");
        long caseId = ats.nextId("social_case");
        Run run = ats.history.start(ats.model("social-case"), "case-" + caseId, opened, intake.coordinator(), "case-opened", null);
        for (Object[] variable : new Object[][] {{"caseId", caseId}, {"personId", intake.personId()},
                {"comune", intake.comune()}, {"area", intake.area()}, {"caseManager", manager}}) {
            run.variable((String) variable[0], variable[1], opened);
        }
        run.activity("case-opened", opened, opened);
        Instant interviewed = draws.after(opened, 8);
        Instant due = opened.plus(Duration.ofDays(30));
        run.task("first-interview", opened, interviewed, manager, null, due, true);
        if (interviewed.isAfter(due)) {
            Instant handled = draws.after(due, 2);
            run.activity("first-interview-late", due, due);
            run.task("first-interview-reminder", due, handled, coordinator, ats.group("coordinator", unit), due.plus(Duration.ofDays(3)), true);
            run.activity("reminder-handled", handled, handled);
        }
        run.activity("assessment-start", interviewed, interviewed);
        Instant assessed = draws.after(interviewed, 12);
        run.task("social-assessment", interviewed, assessed, manager, null, interviewed.plus(Duration.ofDays(30)), true);
        run.activity("uvmd-needed", assessed, assessed);
        Instant ready = assessed;
        if (needsUvmd(intake.area())) {
            ready = uvmd.tell(run, caseId, intake, manager, assessed);
        }
        Instant approved = plan(run, caseId, manager, unit, ready);
        Instant proposed = closureProposal(approved);
        Instant closed = draws.after(proposed, 4);
        implementation(run, caseId, intake, manager, unit, approved, proposed, closed);
        run.activity("close-case", closed, closed);
        run.activity("case-closed", closed, closed);
        run.end(closed, "case-closed");
        String reason = draws.weighted(REASONS, REASON_WEIGHTS);
        ats.domain.cases.row(caseId, intake.personId(), intake.comune(), intake.area(), manager, "CLOSED", intake.coordinator(),
                opened, intake.intakeId(), reason);
        ats.domain.events.row(caseId, 0, "OPENED", opened, intake.coordinator(), manager);
        ats.domain.events.row(caseId, 1, "CLOSED", closed, coordinator, reason);
    }

    /** Drafting and approval of the PAI, with one rework one time in ten; returns when it was approved. */
    private Instant plan(Run run, long caseId, String manager, String unit, Instant ready) {
        Draws draws = ats.draws;
        String approver = ats.organization.staffOf(unit, "ra");
        int revision = 1;
        Instant at = ready;
        while (true) {
            run.activity("plan-ready", at, at);
            Instant drafted = draws.after(at, 12);
            run.task("draft-plan", at, drafted, manager, null, at.plus(Duration.ofDays(30)), true);
            Instant decided = draws.after(drafted, 4);
            run.task("approve-plan", drafted, decided, approver, ats.group("area-manager", unit), drafted.plus(Duration.ofDays(10)), true);
            run.activity("plan-approved", decided, decided);
            boolean rejected = revision == 1 && draws.chance(0.1);
            ats.domain.plans.row(ats.nextId("care_plan"), caseId, revision, rejected ? "REJECTED" : "APPROVED",
                    "Progetto personalizzato (dato sintetico)", manager, drafted, approver, decided,
                    rejected ? "Obiettivi da precisare" : null);
            if (!rejected) {
                return decided;
            }
            revision++;
            at = decided;
        }
    }

    /** When the case manager proposes closure: after a drawn duration, always before the horizon. */
    private Instant closureProposal(Instant approved) {
        Instant latest = Ats.HORIZON.minus(Duration.ofDays(20));
        Instant proposed = approved.plus(Duration.ofDays(60)).plus(ats.draws.delay(330));
        if (proposed.isAfter(latest)) {
            long room = Duration.between(approved, latest).toMinutes();
            proposed = approved.plus(Duration.ofMinutes((long) (room * (0.3 + 0.7 * ats.draws.random().nextDouble()))));
        }
        return proposed;
    }

    private void implementation(Run run, long caseId, IntakeStory.Accepted intake, String manager, String unit,
                                Instant approved, Instant proposed, Instant closed) {
        Run plan = run.scope("plan-in-progress", approved, closed);
        plan.activity("plan-started", approved, approved);
        plan.activity("plan-fork", approved, approved);
        List<BenefitStory.Granted> granted = benefits.plan(intake, caseId, manager, unit, approved, proposed);
        Instant benefitsDone = granted.stream().map(BenefitStory.Granted::end).max(Instant::compareTo).orElse(approved);
        Run body = plan.scope("plan-benefits" + ProcessModel.MULTI_INSTANCE_BODY, approved, benefitsDone);
        for (BenefitStory.Granted benefit : granted) {
            body.call("plan-benefits", approved, benefit.end(), benefits.tell(run, benefit));
        }
        plan.activity("benefits-done", benefitsDone, benefitsDone);
        plan.scope("plan-referrals" + ProcessModel.MULTI_INSTANCE_BODY, approved, approved);
        plan.activity("referrals-done", approved, approved);
        reviews(plan, caseId, manager, approved, proposed, closed);
        plan.activity("closure-proposing", approved, approved);
        plan.task("propose-closure", approved, proposed, manager, null, null, true);
        String coordinator = ats.organization.staffOf(unit, "co");
        plan.task("approve-closure", proposed, closed, coordinator, ats.group("coordinator", unit), proposed.plus(Duration.ofDays(10)), true);
        plan.activity("closure-approved", closed, closed);
        plan.activity("plan-ended", closed, closed);
    }

    /** A review every six months while the case lasts; the waiting timer is cancelled when the plan ends. */
    private void reviews(Run plan, long caseId, String manager, Instant approved, Instant proposed, Instant closed) {
        Instant waiting = approved;
        while (true) {
            plan.activity("review-wait", waiting, waiting);
            Instant due = waiting.plus(REVIEW_INTERVAL);
            if (due.isAfter(proposed.minus(Duration.ofDays(20)))) {
                plan.cancelled("review-due", waiting, closed);
                return;
            }
            plan.activity("review-due", waiting, due);
            Instant drawn = ats.draws.after(due, 6);
            Instant reviewed = drawn.isAfter(proposed) ? proposed : drawn;
            plan.task("plan-review", due, reviewed, manager, null, due.plus(Duration.ofDays(15)), true);
            plan.activity("revise-plan", reviewed, reviewed);
            waiting = reviewed;
        }
    }

    private boolean needsUvmd(String area) {
        double chance = switch (area) {
            case "elderly" -> 0.45;
            case "disability" -> 0.35;
            default -> 0.03;
        };
        return ats.draws.chance(chance);
    }

}
