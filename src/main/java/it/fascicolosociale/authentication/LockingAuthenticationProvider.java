package it.fascicolosociale.authentication;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.Operators;

/**
 * Checks an operator's password (the sign-in form and HTTP Basic alike) behind the lockout: a locked
 * username is refused before its password is even looked at, a wrong password counts. A right password
 * clears the count only where no second factor follows: otherwise a stolen password would let anyone
 * guess codes forever, four at a time. A right temporary password (set by an administrator) is used up by
 * the sign-in: it signs nobody in again (not even a sign-in whose password was checked at the same moment), and
 * the operator must replace it.
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final SecondFactors secondFactors;
    private final Operators operators;

    LockingAuthenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                  SignInAttempts attempts, SecondFactors secondFactors, Operators operators) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        // the account's status only after its password, as for an unknown username: no faster answer for a disabled one
        this.passwords.setPreAuthenticationChecks(account -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.attempts = attempts;
        this.secondFactors = secondFactors;
        this.operators = operators;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        if (attempts.isLocked(username)) {
            throw new LockedException("too many failed attempts");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            if (!operators.passwordSignedIn(signedIn.getName())) {
                throw new CredentialsExpiredException("the temporary password was used up by another sign-in");
            }
            if (secondFactors.statusOf(signedIn) == SecondFactors.Status.NOT_NEEDED) {
                attempts.recordSuccess(username);
            }
            return signedIn;
        } catch (BadCredentialsException wrong) {
            attempts.recordFailure(username);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
