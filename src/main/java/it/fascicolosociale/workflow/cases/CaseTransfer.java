package it.fascicolosociale.workflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.ClosureReason;

/** The person moved out of the social district: the case closes as transferred, with its open work. */
@Component("caseTransfer")
class CaseTransfer implements JavaDelegate {

    private final Cases cases;
    private final OpenWork openWork;

    CaseTransfer(Cases cases, OpenWork openWork) {
        this.cases = cases;
        this.openWork = openWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable("caseId");
        String reportedBy = (String) execution.getVariable("residenceReportedBy");
        openWork.end(execution, caseId, ClosureReason.RESIDENCE_TRANSFERRED, reportedBy);
        cases.close(caseId, ClosureReason.RESIDENCE_TRANSFERRED, reportedBy);
    }
}
