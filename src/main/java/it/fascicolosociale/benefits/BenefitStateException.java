package it.fascicolosociale.benefits;

import it.fascicolosociale.platform.RuleViolation;

/** A step that does not follow from where the benefit stands (e.g. a delivery on a benefit not yet active). */
public class BenefitStateException extends RuleViolation {

    BenefitStateException(Long benefitId, BenefitStatus status, String step) {
        super("error.benefit.wrong-state", "Benefit " + benefitId + " is " + status + ": cannot " + step,
                status.name().toLowerCase());
    }
}
