package it.fascicolosociale.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request, before anything is served, when it has lived longer than the
 * absolute lifetime since the sign-in (however busy it was: the idle timeout never fires on it), or when the
 * operator's account was disabled or changed by an administrator after the sign-in ({@link SignInValidity}).
 * Pages go to the sign-in page, which says why; API calls get a 401. An operator signed in with a temporary
 * password reaches only the page where they change it (and the sign-out) until they have.
 */
final class SessionEndFilter extends OncePerRequestFilter {

    /** Why a request is not served: its session ended (expired, revoked), or a temporary password comes first. */
    enum Reason { EXPIRED, REVOKED, PASSWORD_CHANGE }

    static final String EXPIRED_PAGE = "/login?expired";
    static final String REVOKED_PAGE = "/login?revoked";
    static final String PASSWORD_CHANGE_PAGE = "/profile/security?password-change-required";
    /** What an operator with a temporary password may still open: the page to change it, the sign-out, assets. */
    private static final RequestMatcher PASSWORD_CHANGE = new OrRequestMatcher(Stream.of("/profile/security",
                    "/profile/security/password", "/logout", "/login/**", "/error", "/css/**", "/js/**", "/webjars/**",
                    "/favicon.ico")
            .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    private static final Logger LOG = LoggerFactory.getLogger(SessionEndFilter.class);
    private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

    private final Clock clock;
    private final Duration lifetime;
    private final SignInValidity validity;
    private final RequestMatcher apiCalls;

    SessionEndFilter(Clock clock, Duration lifetime, SignInValidity validity, RequestMatcher apiCalls) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.validity = validity;
        this.apiCalls = apiCalls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        Optional<Reason> ended = session == null || !SIGNED_IN.isAuthenticated(signedIn)
                ? Optional.empty() : reasonToStop(session, signedIn, request);
        if (ended.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (ended.get() == Reason.PASSWORD_CHANGE) {
            passwordChangeFirst(request, response);
            return;
        }
        LOG.info("session ended at its next request: {}", ended.get());
        session.invalidate();
        SecurityContextHolder.clearContext();
        if (apiCalls.matches(request)) {
            SecurityConfiguration.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized");
        } else {
            response.sendRedirect(request.getContextPath() + (ended.get() == Reason.EXPIRED ? EXPIRED_PAGE : REVOKED_PAGE));
        }
    }

    private void passwordChangeFirst(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (apiCalls.matches(request)) {
            SecurityConfiguration.problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden");
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_CHANGE_PAGE);
        }
    }

    private Optional<Reason> reasonToStop(HttpSession session, Authentication signedIn, HttpServletRequest request) {
        Instant now = clock.instant();
        // a session signed in some other way than the application's sign-in steps counts from now
        Instant signedInAt = SignedInSession.signedInAt(session).orElseGet(() -> {
            SignedInSession.record(request, now);
            return now;
        });
        if (!now.isBefore(signedInAt.plus(lifetime))) {
            return Optional.of(Reason.EXPIRED);
        }
        return switch (validity.standing(signedIn.getName(), signedInAt)) {
            case ENDED -> Optional.of(Reason.REVOKED);
            // only a password sign-in used the temporary password; an OIDC provider's does not
            case PASSWORD_CHANGE_REQUIRED -> signedIn instanceof UsernamePasswordAuthenticationToken
                    && !PASSWORD_CHANGE.matches(request) ? Optional.of(Reason.PASSWORD_CHANGE) : Optional.empty();
            case VALID -> Optional.empty();
        };
    }
}
