package it.fascicolosociale.careplans;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.RuleViolation;

/** A goal of the plan: what should change, how one sees it, by when, and how far it has come. */
@Embeddable
public record Goal(
        String description,
        String indicator,
        @Column(name = "target_date") LocalDate targetDate,
        @Convert(converter = CarePlanConverters.GoalStateConverter.class) GoalState state) {

    public Goal {
        if (description == null || description.isBlank()) {
            throw new RuleViolation("error.plan.goal-description-required", "a goal needs its description");
        }
        description = description.strip();
        state = state == null ? GoalState.OPEN : state;
    }

    Goal withState(GoalState newState) {
        return new Goal(description, indicator, targetDate, newState);
    }
}
