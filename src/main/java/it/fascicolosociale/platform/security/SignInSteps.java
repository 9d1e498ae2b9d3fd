package it.fascicolosociale.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * What happens between a correct password and a signed-in operator, decided by the authentication module
 * (which knows the operators) for the filter chains of the platform (which must not): the second factor
 * after the form, where a refused OIDC sign-in lands, and whether an account may call the machine APIs with its password alone.
 */
public interface SignInSteps {

    /** After a correct password on the sign-in form: straight in, or on to the second factor. */
    AuthenticationSuccessHandler afterPassword();

    /** After a sign-in through an OIDC provider was refused: the sign-in page, saying why. */
    AuthenticationFailureHandler afterRefusedOidcSignIn();

    /** Whether HTTP Basic, a password alone on every call, is enough for this account. */
    boolean acceptsPasswordAlone(Authentication authentication);
}
