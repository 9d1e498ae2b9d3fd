package it.fascicolosociale.workflow.cases;

import java.time.ZoneId;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.BenefitEndReason;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.cases.ClosureReason;

/**
 * What is still open for a case when it closes: its benefits end (reason: case closed), and process
 * instances started for it apart from the presa in carico itself (with the case's business key) are
 * cancelled; the call activities inside the case end with their scope.
 */
@Component
class OpenWork {

    private final Benefits benefits;

    OpenWork(Benefits benefits) {
        this.benefits = benefits;
    }

    void end(DelegateExecution closing, Long caseId, ClosureReason reason, String by) {
        benefits.endAllOpenOfCase(caseId, ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Rome")).toLocalDate(),
                BenefitEndReason.CASE_CLOSED);
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
