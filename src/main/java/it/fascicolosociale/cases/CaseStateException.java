package it.fascicolosociale.cases;

import it.fascicolosociale.platform.RuleViolation;

/** A step that does not follow from where the case stands (e.g. closing a closed case). */
public class CaseStateException extends RuleViolation {

    CaseStateException(Long caseId, CaseStatus status, String step) {
        super("error.case.wrong-state", "Case " + caseId + " is " + status + ": cannot " + step, status.name());
    }
}
