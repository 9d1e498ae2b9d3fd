package it.fascicolosociale.workflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.ClosureReason;

/** Closes the case with the approved reason; the project's open work was already ended with it. */
@Component("caseClosure")
class CaseClosure implements JavaDelegate {

    private final Cases cases;
    private final OpenWork openWork;

    CaseClosure(Cases cases, OpenWork openWork) {
        this.cases = cases;
        this.openWork = openWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable("caseId");
        String approver = (String) execution.getVariable("closureApprovedBy");
        ClosureReason reason = ClosureReason.fromCode((String) execution.getVariable("closureReason"));
        openWork.end(execution, caseId, reason, approver);
        cases.close(caseId, reason, approver);
    }
}
