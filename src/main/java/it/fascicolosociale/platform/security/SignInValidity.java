package it.fascicolosociale.platform.security;

import java.time.Instant;

/**
 * Whether a sign-in still holds, asked by the platform's filters of the module that knows the operators: an
 * administrator who disables an account or takes something from it ends the sessions signed in before.
 */
public interface SignInValidity {

    /** False for an unknown or disabled account, or one changed by an administrator at or after the sign-in. */
    boolean stillValid(String username, Instant signedInAt);
}
