package it.fascicolosociale.people;

import it.fascicolosociale.platform.RuleViolation;

/** Another person already has this codice fiscale: most likely the same person, recorded twice. */
public class DuplicateCodiceFiscaleException extends RuleViolation {

    private final Long existingPersonId;

    public DuplicateCodiceFiscaleException(Long existingPersonId) {
        super("error.person.duplicate-cf", "Codice fiscale already recorded for person " + existingPersonId,
                String.valueOf(existingPersonId));
        this.existingPersonId = existingPersonId;
    }

    /** The person who has the code already, so that the operator can open their record instead. */
    public Long existingPersonId() {
        return existingPersonId;
    }
}
