package it.fascicolosociale.workflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.organization.IstatCode;

/**
 * The person moved to another comune of the social district: the case takes the new comune, and the open
 * tasks of the case move to the groups the delegation table gives for it.
 */
@Component("caseMove")
class CaseMove implements JavaDelegate {

    private final Cases cases;
    private final TaskRerouting rerouting;

    CaseMove(Cases cases, TaskRerouting rerouting) {
        this.cases = cases;
        this.rerouting = rerouting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable("caseId");
        String oldComune = (String) execution.getVariable("comune");
        String newComune = (String) execution.getVariable("newComune");
        cases.moveTo(caseId, new IstatCode(newComune), (String) execution.getVariable("residenceReportedBy"));
        execution.getProcessInstance().setVariable("comune", newComune);
        rerouting.reroute(execution, oldComune, newComune, (String) execution.getVariable("area"));
    }
}
