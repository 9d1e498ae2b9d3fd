package it.fascicolosociale.careplans;

import it.fascicolosociale.platform.RuleViolation;

/** A step that does not follow from where the plan version stands (e.g. approving it twice). */
public class PlanStateException extends RuleViolation {

    PlanStateException(Long planId, PlanStatus status, String step) {
        super("error.plan.wrong-state", "Care plan " + planId + " is " + status + ": cannot " + step, status.name());
    }
}
