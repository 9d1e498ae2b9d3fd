package it.fascicolosociale.workflow.benefits;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.ApprovalActType;
import it.fascicolosociale.workflow.JsonVariable;

/**
 * Offers the approver the act type the ente's rule requires: a task variable {@code actTypeOptions} (JSON
 * list of value/label) that the approval form shows and the server checks the choice against.
 */
@Component("approvalActTypeOptions")
class ApprovalActTypeOptions implements TaskListener {

    static final String OPTIONS = "actTypeOptions";

    private final BenefitApprovals approvals;
    private final MessageSource messages;

    ApprovalActTypeOptions(BenefitApprovals approvals, MessageSource messages) {
        this.approvals = approvals;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalActType required = approvals.ruleToday((String) task.getVariable("comune"), (String) task.getVariable("area"))
                .getActType();
        List<Map<String, String>> options = List.of(Map.of("value", required.code(),
                "label", messages.getMessage(required.messageCode(), null, Locale.ITALIAN)));
        task.setVariableLocal(OPTIONS, JsonVariable.of(options));
    }
}
