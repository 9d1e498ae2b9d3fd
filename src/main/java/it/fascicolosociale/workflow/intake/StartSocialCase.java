package it.fascicolosociale.workflow.intake;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the presa in carico ({@code social-case}) of the case the coordinator just opened, with business key
 * {@code case-<id>}. The accesso then ends: the case lives its own life.
 */
@Component("startSocialCase")
class StartSocialCase implements JavaDelegate {

    static final String CASE_OPENED = "CaseOpened";

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable("caseId");
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(CASE_OPENED, "case-" + caseId,
                Map.of("caseId", caseId,
                        "personId", execution.getVariable("personId"),
                        "comune", execution.getVariable("comune"),
                        "area", execution.getVariable("area"),
                        "caseManager", execution.getVariable("caseManager")));
    }
}
