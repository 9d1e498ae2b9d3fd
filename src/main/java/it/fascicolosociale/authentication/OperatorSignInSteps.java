package it.fascicolosociale.authentication;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.platform.security.SecondFactorPending;
import it.fascicolosociale.platform.security.SignInSteps;
import it.fascicolosociale.platform.security.SignedInSession;

/**
 * The steps after a right password: an operator with no second factor goes where they were going; one
 * with a second factor, or whose role requires one, is held as {@link SecondFactorPending} and sent to
 * the code (or to set it up). Also the single place that puts a sign-in into the session, and where a refused
 * OIDC sign-in is told why.
 */
@Component
class OperatorSignInSteps implements SignInSteps {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorSignInSteps.class);

    private final SecondFactors secondFactors;
    private final SignInAttempts attempts;
    private final Operators operators;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler goOn = new SavedRequestAwareAuthenticationSuccessHandler();

    OperatorSignInSteps(SecondFactors secondFactors, SignInAttempts attempts, Operators operators, Clock clock) {
        this.secondFactors = secondFactors;
        this.attempts = attempts;
        this.operators = operators;
        this.clock = clock;
    }

    @Override
    public AuthenticationSuccessHandler afterPassword() {
        return this::afterPassword;
    }

    private void afterPassword(HttpServletRequest request, HttpServletResponse response, Authentication password)
            throws IOException, jakarta.servlet.ServletException {
        // the session's lifetime and the account's later changes count from the password, the second factor included
        SignedInSession.record(request, clock.instant());
        SecondFactors.Status status = secondFactors.statusOf(password);
        if (status == SecondFactors.Status.NOT_NEEDED) {
            goOn.onAuthenticationSuccess(request, response, password);
            return;
        }
        SecondFactorPending pending = new SecondFactorPending(password, status == SecondFactors.Status.REQUIRED_NOT_ENROLLED);
        keep(pending, request, response);
        response.sendRedirect(request.getContextPath() + pending.nextStep());
    }

    /** The second factor is right: the password sign-in becomes the session's, under a new session id. */
    void complete(SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        request.changeSessionId();
        attempts.recordSuccess(pending.getName());
        keep(pending.passwordSignIn(), request, response);
        goOn.onAuthenticationSuccess(request, response, pending.passwordSignIn());
    }

    private void keep(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    @Override
    public AuthenticationFailureHandler afterRefusedOidcSignIn() {
        return OperatorSignInSteps::afterRefusedOidcSignIn;
    }

    /**
     * Unlinked identity, too low an assurance level, or anything else (a token that fails its checks, an
     * error answered by the provider): three different things the operator can do about it.
     */
    private static void afterRefusedOidcSignIn(HttpServletRequest request, HttpServletResponse response,
                                               AuthenticationException refusal) throws IOException {
        String code = refusal instanceof OAuth2AuthenticationException oidc ? oidc.getError().getErrorCode() : "unknown";
        String reason = switch (code) {
            case OperatorOidcUserService.UNKNOWN_OPERATOR -> "oidc-refused";
            case AssuranceLevelPolicy.INSUFFICIENT_ASSURANCE -> "oidc-weak";
            default -> "oidc-failed";
        };
        LOG.info("OIDC sign-in refused: {}", code);
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    /**
     * Not for an account with a second factor, nor for one whose password is temporary: the call would be served
     * before the operator replaced it, which the sign-in form lets nobody do.
     */
    @Override
    public boolean acceptsPasswordAlone(Authentication authentication) {
        return secondFactors.statusOf(authentication) == SecondFactors.Status.NOT_NEEDED
                && !operators.mustChangePassword(authentication.getName());
    }
}
