package it.fascicolosociale.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request, before anything is served, when it has lived longer than the
 * absolute lifetime since the sign-in (however busy it was: the idle timeout never fires on it), or when the
 * operator's account was disabled or changed by an administrator after the sign-in ({@link SignInValidity}).
 * Pages go to the sign-in page, which says why; API calls get a 401.
 */
final class SessionEndFilter extends OncePerRequestFilter {

    /** Why a session ended, as the sign-in page's query parameter. */
    enum Reason { EXPIRED, REVOKED }

    static final String EXPIRED_PAGE = "/login?expired";
    static final String REVOKED_PAGE = "/login?revoked";
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
                ? Optional.empty() : reasonToEnd(session, signedIn.getName(), request);
        if (ended.isEmpty()) {
            chain.doFilter(request, response);
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

    private Optional<Reason> reasonToEnd(HttpSession session, String username, HttpServletRequest request) {
        Instant now = clock.instant();
        // a session signed in some other way than the application's sign-in steps counts from now
        Instant signedInAt = SignedInSession.signedInAt(session).orElseGet(() -> {
            SignedInSession.record(request, now);
            return now;
        });
        if (!now.isBefore(signedInAt.plus(lifetime))) {
            return Optional.of(Reason.EXPIRED);
        }
        return validity.stillValid(username, signedInAt) ? Optional.empty() : Optional.of(Reason.REVOKED);
    }
}
