package it.fascicolosociale.workflow.cases;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import it.fascicolosociale.careplans.CarePlans;

/** Shows the review form one row per goal of the PAI in force, with the state the last review gave it. */
@Component("planReviewRows")
class PlanReviewRows implements TaskListener {

    private final CarePlans carePlans;

    PlanReviewRows(CarePlans carePlans) {
        this.carePlans = carePlans;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal("goalStates", PlanRows.goalStates(carePlans.inForce((Long) task.getVariable("caseId"))));
    }
}
