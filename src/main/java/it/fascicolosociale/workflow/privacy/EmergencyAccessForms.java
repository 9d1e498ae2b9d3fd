package it.fascicolosociale.workflow.privacy;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.access.EmergencyAccesses;
import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmittedForm;

/** Maps the review form of an emergency access: the verdict and its note go onto the emergency access. */
@Component
class EmergencyAccessForms implements FormHandler {

    static final String REVIEW = "emergency-access-review";

    private final EmergencyAccesses accesses;

    EmergencyAccessForms(EmergencyAccesses accesses) {
        this.accesses = accesses;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(REVIEW);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        Long id = ((Number) form.processVariables().get("emergencyAccessId")).longValue();
        boolean justified = "justified".equals(form.text("verdict"));
        accesses.review(id, justified, form.text("reviewNote"), form.operator());
        return HandledForm.variables(Map.of("justified", justified));
    }
}
