package it.fascicolosociale.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The absolute lifetime of a session and the end of a changed account's sessions, with the clock set by the test. */
class SessionEndFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T07:30:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    private final MockHttpSession session = new MockHttpSession();
    private MockFilterChain chain = new MockFilterChain();
    private MockHttpServletResponse response = new MockHttpServletResponse();
    private SignInValidity.Standing standing = SignInValidity.Standing.VALID;
    private SignInValidity validity = (username, signedInAt) -> standing;

    @AfterEach
    void forgetTheOperator() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionBusyAllDayEndsTwelveHoursAfterTheSignIn() throws Exception {
        signedIn("laura.bianchi");
        Instant lastMinuteBusy = SIGNED_IN;
        for (Instant request = SIGNED_IN; request.isBefore(SIGNED_IN.plus(TWELVE_HOURS)); request = request.plus(Duration.ofMinutes(20))) {
            assertThat(filterAt(request, "/people").getRedirectedUrl()).as("request at %s", request).isNull();
            lastMinuteBusy = request;
        }
        assertThat(lastMinuteBusy).isAfter(SIGNED_IN.plus(Duration.ofHours(11)));
        assertThat(filterAt(SIGNED_IN.plus(TWELVE_HOURS).minusSeconds(1), "/people").getRedirectedUrl()).isNull();

        MockHttpServletResponse ended = filterAt(SIGNED_IN.plus(TWELVE_HOURS), "/people");

        assertThat(ended.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).as("nothing served").isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theLifetimeIsASetting() throws Exception {
        signedIn("laura.bianchi");

        assertThat(filter(Duration.ofHours(8), SIGNED_IN.plus(Duration.ofHours(8)), "/").getRedirectedUrl())
                .isEqualTo("/login?expired");
    }

    @Test
    void anApiCallOfAnExpiredSessionGetsA401() throws Exception {
        signedIn("laura.bianchi");

        MockHttpServletResponse ended = filterAt(SIGNED_IN.plus(Duration.ofHours(13)), "/api/v1/kpi");

        assertThat(ended.getStatus()).isEqualTo(401);
        assertThat(ended.getContentType()).isEqualTo("application/problem+json");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aSessionOfAChangedAccountEndsAtItsNextRequest() throws Exception {
        signedIn("laura.bianchi");
        standing = SignInValidity.Standing.ENDED;

        MockHttpServletResponse ended = filterAt(SIGNED_IN.plusSeconds(60), "/people");

        assertThat(ended.getRedirectedUrl()).isEqualTo("/login?revoked");
        assertThat(chain.getRequest()).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionWithoutSignInInstantCountsFromItsFirstSignedInRequest() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "laura.bianchi", null, List.of(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"))));

        filterAt(SIGNED_IN, "/");

        assertThat(session.getAttribute(SignedInSession.SIGNED_IN_AT)).isEqualTo(SIGNED_IN);
        assertThat(filterAt(SIGNED_IN.plus(TWELVE_HOURS), "/").getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void anOperatorWithATemporaryPasswordReachesOnlyThePageToChangeIt() throws Exception {
        signedIn("laura.bianchi");
        standing = SignInValidity.Standing.PASSWORD_CHANGE_REQUIRED;

        assertThat(filterAt(SIGNED_IN, "/people").getRedirectedUrl()).isEqualTo("/profile/security?password-change-required");
        assertThat(chain.getRequest()).isNull();
        assertThat(filterAt(SIGNED_IN, "/api/v1/kpi").getStatus()).isEqualTo(403);
        assertThat(filterAt(SIGNED_IN, "/profile/security/password").getRedirectedUrl()).isNull();
        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    /** It fails closed: when the account's standing cannot be read (the database down), nothing is served. */
    @Test
    void aSessionWhoseStandingCannotBeReadIsNotServed() {
        signedIn("laura.bianchi");
        validity = (username, signedInAt) -> {
            throw new QueryTimeoutException("the database did not answer");
        };

        assertThatThrownBy(() -> filterAt(SIGNED_IN.plusSeconds(60), "/people")).isInstanceOf(QueryTimeoutException.class);
        assertThat(chain.getRequest()).as("the request served").isNull();
    }

    @Test
    void leavesAloneWhoIsNotSignedIn() throws Exception {
        session.setAttribute(SignedInSession.SIGNED_IN_AT, SIGNED_IN);

        assertThat(filterAt(SIGNED_IN.plus(Duration.ofDays(2)), "/login").getRedirectedUrl()).isNull();
        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    private void signedIn(String username) {
        session.setAttribute(SignedInSession.SIGNED_IN_AT, SIGNED_IN);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"))));
    }

    private MockHttpServletResponse filterAt(Instant now, String path) throws Exception {
        return filter(TWELVE_HOURS, now, path);
    }

    private MockHttpServletResponse filter(Duration lifetime, Instant now, String path) throws Exception {
        SessionEndFilter filter = new SessionEndFilter(Clock.fixed(now, ZoneId.of("Europe/Rome")), lifetime,
                validity, SecurityConfiguration.API_CALLS);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.setSession(session);
        chain = new MockFilterChain();
        response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
