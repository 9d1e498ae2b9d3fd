package it.fascicolosociale.workflow.cases;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmittedForm;

/**
 * The coordinator's decision on a proposed closure: the process goes on to close the case (and what is still
 * open) only when approved; who approved is kept for the closure.
 */
@Component
class ClosureForms implements FormHandler {

    static final String APPROVAL = "case-closure-approval";

    @Override
    public Set<String> formKeys() {
        return Set.of(APPROVAL);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        boolean approved = "approve".equals(form.text("closureDecision"));
        return HandledForm.variables(approved
                ? Map.of("closureApproved", true, "closureApprovedBy", form.operator())
                : Map.of("closureApproved", false));
    }
}
