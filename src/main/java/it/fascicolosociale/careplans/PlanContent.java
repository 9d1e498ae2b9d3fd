package it.fascicolosociale.careplans;

import java.math.BigDecimal;
import java.util.List;

import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * What the case manager writes in a PAI: the summary of the project, its goals, the benefits and referrals
 * it plans, and the commitments the person takes.
 */
public record PlanContent(String summary, List<Goal> goals, List<PlannedBenefit> benefits, List<PlannedReferral> referrals,
                          String commitments) {

    /** A benefit of the catalogue the plan provides. */
    public record PlannedBenefit(String itemCode, BigDecimal quantity, Period period) {

        public PlannedBenefit {
            if (itemCode == null || itemCode.isBlank() || quantity == null || quantity.signum() <= 0 || period == null
                    || period.to() == null) {
                throw new RuleViolation("error.plan.benefit-incomplete", "a planned benefit needs item, quantity and period");
            }
        }
    }

    /** A service whose collaboration the plan asks for. */
    public record PlannedReferral(String target, String reason) {

        public PlannedReferral {
            if (target == null || target.isBlank() || reason == null || reason.isBlank()) {
                throw new RuleViolation("error.plan.referral-incomplete", "a planned referral needs target and reason");
            }
        }
    }

    public PlanContent {
        if (summary == null || summary.isBlank()) {
            throw new RuleViolation("error.plan.summary-required", "a plan needs its summary");
        }
        goals = goals == null ? List.of() : List.copyOf(goals);
        if (goals.isEmpty()) {
            throw new RuleViolation("error.plan.goal-required", "a plan needs at least one goal");
        }
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
    }
}
