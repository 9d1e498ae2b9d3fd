package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.RuleViolation;

/** A step that does not follow from where the assessment stands (e.g. an outcome before the social part). */
public class AssessmentStateException extends RuleViolation {

    AssessmentStateException(Long assessmentId, AssessmentStatus status, String step) {
        super("error.assessment.wrong-state", "Assessment " + assessmentId + " is " + status + ": cannot " + step, status.name());
    }
}
