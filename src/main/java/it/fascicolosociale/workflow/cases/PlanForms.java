package it.fascicolosociale.workflow.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.careplans.CarePlans;
import it.fascicolosociale.careplans.GoalState;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.SubmittedForm;

/** Maps the PAI forms of the presa in carico onto the care plans: draft, approval, review. */
@Component
class PlanForms implements FormHandler {

    static final String DRAFT = "case-plan-draft";
    static final String APPROVAL = "case-plan-approval";
    static final String REVIEW = "case-plan-review";

    private final CarePlans carePlans;

    PlanForms(CarePlans carePlans) {
        this.carePlans = carePlans;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(DRAFT, APPROVAL, REVIEW);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        Long caseId = ((Number) form.processVariables().get("caseId")).longValue();
        try {
            return switch (form.formKey()) {
                case DRAFT -> draft(caseId, form);
                case APPROVAL -> decide(caseId, form);
                default -> review(caseId, form);
            };
        } catch (RuleViolation violation) {
            throw SubmissionRefusedException.byRule(form.formKey(), null, violation);
        }
    }

    private HandledForm draft(Long caseId, SubmittedForm form) {
        carePlans.draft(caseId, PlanRows.content(form), form.operator());
        return HandledForm.variables(Map.of());
    }

    private HandledForm decide(Long caseId, SubmittedForm form) {
        boolean approved = "approve".equals(form.text("planDecision"));
        if (approved) {
            carePlans.approve(caseId, form.operator());
        } else {
            carePlans.reject(caseId, form.text("rejectionReason"), form.operator());
        }
        return HandledForm.variables(Map.of("planApproved", approved));
    }

    @SuppressWarnings("unchecked")
    private HandledForm review(Long caseId, SubmittedForm form) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) form.value("goalStates");
        List<GoalState> states = rows == null ? List.of()
                : rows.stream().map(row -> GoalState.fromCode((String) row.get("state"))).toList();
        carePlans.review(caseId, states, form.text("reviewNotes"), Boolean.TRUE.equals(form.value("revisionNeeded")), form.operator());
        return HandledForm.variables(Map.of());
    }
}
