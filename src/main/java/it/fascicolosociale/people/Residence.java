package it.fascicolosociale.people;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.platform.RuleViolation;

/** Where a person lives: a comune of the social district, by its ISTAT code, and the address in it. */
public record Residence(IstatCode municipality, String address) {

    static final int ADDRESS_MAX = 200;

    public Residence {
        if (municipality == null) {
            throw new RuleViolation("error.person.residence-municipality-required", "a residence needs its comune");
        }
        address = PersonDetails.optionalText(address, ADDRESS_MAX, "error.person.residence-address-too-long");
    }
}
