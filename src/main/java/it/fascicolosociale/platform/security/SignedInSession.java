package it.fascicolosociale.platform.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The instant an operator signed in, kept in their session: the absolute lifetime of the session counts from
 * it, and an account changed after it ends the session ({@link SessionEndFilter}). A new session id keeps it.
 */
public final class SignedInSession {

    static final String SIGNED_IN_AT = SignedInSession.class.getName() + ".signedInAt";

    private SignedInSession() {
    }

    /** Called where a sign-in succeeds (the password, before any second factor, or the OIDC provider's answer). */
    public static void record(HttpServletRequest request, Instant now) {
        request.getSession().setAttribute(SIGNED_IN_AT, now);
    }

    static Optional<Instant> signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant instant ? Optional.of(instant) : Optional.empty();
    }
}
