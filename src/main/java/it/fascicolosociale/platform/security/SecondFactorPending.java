package it.fascicolosociale.platform.security;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An operator who gave the right password but not yet the second factor. Anonymous for every rule of
 * every filter chain (no role, not "authenticated"), so that nothing but the second-factor pages opens;
 * it keeps the verified password sign-in, which becomes the session's once the code is right.
 */
public final class SecondFactorPending extends AnonymousAuthenticationToken {

    public static final String AUTHORITY = "SECOND_FACTOR_PENDING";
    private static final String KEY = SecondFactorPending.class.getName();

    private final Authentication password;
    private final boolean enrolment;

    /** @param enrolment true when the role requires a second factor the operator has not set up yet */
    public SecondFactorPending(Authentication password, boolean enrolment) {
        super(KEY, password.getName(), List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.password = password;
        this.enrolment = enrolment;
    }

    /** The sign-in that the second factor completes. */
    public Authentication passwordSignIn() {
        return password;
    }

    public boolean enrolment() {
        return enrolment;
    }

    /** Where the operator goes next. */
    public String nextStep() {
        return enrolment ? "/login/second-factor/enrol" : "/login/second-factor";
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof SecondFactorPending pending && pending.enrolment == enrolment;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
