package it.fascicolosociale.careplans;

import it.fascicolosociale.platform.NotFoundException;

/** No plan, or no planned intervention, with that id; or no plan in force for a case. */
public class PlanNotFoundException extends NotFoundException {

    PlanNotFoundException(String what, Long id) {
        super("error.plan.not-found", "No " + what + " " + id);
    }
}
