package it.fascicolosociale.careplans;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** How far a goal of the plan has come, as the last review judged it. */
public enum GoalState implements Coded {
    OPEN("open"),
    ACHIEVED("achieved"),
    PARTLY_ACHIEVED("partly-achieved"),
    NOT_ACHIEVED("not-achieved");

    private final String code;

    GoalState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static GoalState fromCode(String code) {
        return Coded.fromCode(GoalState.class, code,
                unknown -> new RuleViolation("error.plan.unknown-goal-state", "Unknown goal state " + unknown, unknown));
    }
}
