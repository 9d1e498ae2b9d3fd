package it.fascicolosociale.organization;

import it.fascicolosociale.platform.RuleViolation;

/** Who an operator is: names, e-mail, and whether the account may sign in. */
public record OperatorProfile(String firstName, String lastName, String email, boolean enabled) {

    public OperatorProfile {
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
            throw new RuleViolation("error.operator.name-required", "an operator needs first and last name");
        }
        firstName = firstName.strip();
        lastName = lastName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }
}
