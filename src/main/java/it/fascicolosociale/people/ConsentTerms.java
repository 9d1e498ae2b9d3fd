package it.fascicolosociale.people;

import java.time.LocalDate;
import java.util.Objects;

import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * A consent as the operator records it: whose, for what, with whom, the day the person gave it, and the days it
 * covers (an open end lasts until the person withdraws it). A consent cannot cover days before it was given.
 */
public record ConsentTerms(Long personId, ConsentScope scope, ConsentRecipient recipient, LocalDate givenOn,
                           Period validity) {

    public ConsentTerms {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(recipient, "recipient");
        if (scope == null) {
            throw new RuleViolation("error.consent.scope-required", "a consent needs its scope");
        }
        if (givenOn == null) {
            throw new RuleViolation("error.consent.given-on-required", "a consent needs the day it was given");
        }
        Objects.requireNonNull(validity, "validity");
        if (validity.from().isBefore(givenOn)) {
            throw new RuleViolation("error.consent.valid-before-given", "consent valid from " + validity.from()
                    + " before it was given on " + givenOn);
        }
    }

    /** Terms valid from {@code from} to {@code to} (null: until withdrawn); a missing start is refused in Italian. */
    public static ConsentTerms of(Long personId, ConsentScope scope, ConsentRecipient recipient, LocalDate givenOn,
                                  LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolation("error.consent.valid-from-required", "a consent needs the first day it covers");
        }
        return new ConsentTerms(personId, scope, recipient, givenOn, new Period(from, to));
    }
}
