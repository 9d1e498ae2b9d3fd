package it.fascicolosociale.careplans;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.platform.RuleViolation;

/** The front door of the PAI: draft, rework, approve or send back, review, and what the plan in force provides. */
@Service
@Transactional
public class CarePlans {

    private final CarePlanRepository plans;
    private final PlannedInterventionRepository interventions;
    private final PlanReviewRepository reviews;
    private final Cases cases;
    private final Clock clock;

    CarePlans(CarePlanRepository plans, PlannedInterventionRepository interventions, PlanReviewRepository reviews,
              Cases cases, Clock clock) {
        this.plans = plans;
        this.interventions = interventions;
        this.reviews = reviews;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * The case manager's draft: a version sent back is reworked in place; otherwise a new version is numbered
     * after the last one. The draft waits for approval.
     */
    public CarePlan draft(Long caseId, PlanContent content, String caseManager) {
        cases.get(caseId);
        List<CarePlan> versions = plans.findByCaseIdOrderByRevisionDesc(caseId);
        Optional<CarePlan> sentBack = versions.stream().findFirst().filter(plan -> plan.getStatus() == PlanStatus.REJECTED);
        if (sentBack.isPresent()) {
            sentBack.get().rework(content, caseManager, clock.instant());
            return sentBack.get();
        }
        if (versions.stream().anyMatch(plan -> plan.getStatus() == PlanStatus.SUBMITTED)) {
            throw new RuleViolation("error.plan.already-submitted", "a version of the plan already waits for approval");
        }
        int revision = versions.isEmpty() ? 1 : versions.get(0).getRevision() + 1;
        return plans.save(CarePlan.draft(caseId, revision, content, caseManager, clock.instant()));
    }

    /** Approves the version waiting for approval; the version in force until now is superseded. */
    public CarePlan approve(Long caseId, String areaManager) {
        CarePlan submitted = waiting(caseId);
        plans.findFirstByCaseIdAndStatus(caseId, PlanStatus.APPROVED).ifPresent(CarePlan::supersede);
        submitted.approve(areaManager, clock.instant());
        return submitted;
    }

    public CarePlan reject(Long caseId, String reason, String areaManager) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("error.plan.rejection-reason-required", "a rejected plan needs the reason");
        }
        CarePlan submitted = waiting(caseId);
        submitted.reject(reason.strip(), areaManager, clock.instant());
        return submitted;
    }

    /** Records the review's judgement of the goals of the plan in force. */
    public CarePlan judgeGoals(Long caseId, List<GoalState> states) {
        CarePlan current = inForce(caseId);
        current.judgeGoals(states);
        return current;
    }

    /** A periodic review of the plan in force: the state of each goal, the outcome, and whether to revise. */
    public PlanReview review(Long caseId, List<GoalState> states, String outcome, boolean revisionNeeded, String caseManager) {
        if (outcome == null || outcome.isBlank()) {
            throw new RuleViolation("error.plan.review-outcome-required", "a review needs its outcome");
        }
        CarePlan current = judgeGoals(caseId, states);
        return reviews.save(new PlanReview(current, outcome.strip(), revisionNeeded, caseManager, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<PlanReview> reviews(Long caseId) {
        return reviews.findByCaseIdOrderByReviewedAtDesc(caseId);
    }

    @Transactional(readOnly = true)
    public CarePlan inForce(Long caseId) {
        return plans.findFirstByCaseIdAndStatus(caseId, PlanStatus.APPROVED)
                .orElseThrow(() -> new PlanNotFoundException("approved plan of case", caseId));
    }

    @Transactional(readOnly = true)
    public List<CarePlan> versions(Long caseId) {
        return plans.findByCaseIdOrderByRevisionDesc(caseId);
    }

    @Transactional(readOnly = true)
    public PlannedIntervention intervention(Long interventionId) {
        return interventions.findById(interventionId)
                .orElseThrow(() -> new PlanNotFoundException("planned intervention", interventionId));
    }

    private CarePlan waiting(Long caseId) {
        return plans.findFirstByCaseIdAndStatus(caseId, PlanStatus.SUBMITTED)
                .orElseThrow(() -> new PlanNotFoundException("plan waiting for approval of case", caseId));
    }
}
