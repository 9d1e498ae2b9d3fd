package it.fascicolosociale.workflow.cases;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.ClosureReason;

/**
 * What is still running for a case when it closes: process instances started for it apart from the
 * presa in carico itself (benefits, referrals, UVMD started on their own, with the case's business key).
 * They are cancelled with the closure reason; the call activities inside the case end with their scope.
 */
@Component
class OpenWork {

    void end(DelegateExecution closing, Long caseId, ClosureReason reason, String by) {
        RuntimeService runtime = closing.getProcessEngineServices().getRuntimeService();
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(closing.getProcessBusinessKey())
                .list().stream()
                .filter(instance -> !instance.getId().equals(closing.getProcessInstanceId()))
                .filter(instance -> instance.getRootProcessInstanceId().equals(instance.getId()))
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(),
                        "case " + caseId + " closed: " + reason.code() + " by " + by));
    }
}
