package it.fascicolosociale.people;

import it.fascicolosociale.platform.RuleViolation;

/** A consent can be withdrawn once: the first withdrawal is what the record keeps. */
public class ConsentWithdrawnException extends RuleViolation {

    ConsentWithdrawnException(Long consentId) {
        super("error.consent.already-withdrawn", "Consent " + consentId + " is already withdrawn");
    }
}
