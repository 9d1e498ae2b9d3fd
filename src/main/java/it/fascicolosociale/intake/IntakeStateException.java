package it.fascicolosociale.intake;

import it.fascicolosociale.platform.RuleViolation;

/** A step that does not follow from where the accesso stands (e.g. a decision before the first interview). */
public class IntakeStateException extends RuleViolation {

    IntakeStateException(Long intakeId, IntakeStatus status, String step) {
        super("error.intake.wrong-state", "Intake " + intakeId + " is " + status + ": cannot " + step, status.name());
    }
}
