package it.fascicolosociale.workflow.uvmd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.fascicolosociale.assessment.Assessment;
import it.fascicolosociale.assessment.Assessments;

/**
 * Registers the multidimensional assessment the presa in carico asked for, in the case manager's name, and gives
 * the process its id and the instrument (SVaMA or SVaMDi) whose social part the case manager's form shows.
 */
@Component("uvmdRequest")
class UvmdRequest implements JavaDelegate {

    static final String ASSESSMENT_ID = "uvmdAssessmentId";

    private final Assessments assessments;

    UvmdRequest(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Assessment assessment = assessments.request((Long) execution.getVariable("caseId"),
                (Long) execution.getVariable("personId"), (String) execution.getVariable("caseManager"));
        execution.setVariable(ASSESSMENT_ID, assessment.getId());
        execution.setVariable("instrument", assessment.getInstrument().code());
    }
}
