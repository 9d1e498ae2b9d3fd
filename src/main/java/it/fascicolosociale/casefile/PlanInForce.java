package it.fascicolosociale.casefile;

import java.time.Instant;
import java.util.List;

import it.fascicolosociale.careplans.CarePlan;
import it.fascicolosociale.careplans.Goal;

/** What the social file shows of the PAI in force, read while the plan is loaded: pages render outside the transaction. */
public record PlanInForce(int revision, String decidedBy, Instant decidedAt, String summary, List<Goal> goals) {

    public PlanInForce {
        goals = List.copyOf(goals);
    }

    static PlanInForce of(CarePlan plan) {
        return new PlanInForce(plan.getRevision(), plan.getDecidedBy(), plan.getDecidedAt(), plan.getSummary(), plan.getGoals());
    }
}
