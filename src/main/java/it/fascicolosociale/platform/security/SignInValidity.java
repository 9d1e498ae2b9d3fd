package it.fascicolosociale.platform.security;

import java.time.Instant;

/**
 * Whether a sign-in still holds, asked by the platform's filters of the module that knows the operators: an
 * administrator who disables an account or takes something from it ends the sessions signed in before; one who
 * sets its password leaves a temporary password, which the operator must change before anything else.
 */
public interface SignInValidity {

    /** Where a signed-in session stands. */
    enum Standing { VALID, ENDED, PASSWORD_CHANGE_REQUIRED }

    /** ENDED for an unknown or disabled account, or one changed by an administrator at or after the sign-in. */
    Standing standing(String username, Instant signedInAt);
}
