package it.fascicolosociale.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session on a real server: a new session id at sign-in (no fixation), the cookie's flags, logout that
 * ends the session on the server, CSRF tokens required on every form post, idle timeout of 30 minutes (the
 * absolute lifetime: {@link SessionEndFilterTest}; the production cookie: {@link ProductionSessionCookieTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ServerProperties server;

    @Test
    void theSessionIdChangesAtSignInAndTheOldOneOpensNothing() throws Exception {
        SignedInClient operator = new SignedInClient(port);
        operator.get("/login");
        String before = operator.sessionId();

        operator.signIn("laura.bianchi");

        assertThat(before).isNotEmpty();
        assertThat(operator.sessionId()).isNotEmpty().isNotEqualTo(before);
        assertThat(operator.get("/").statusCode()).isEqualTo(200);
        assertThat(withSession(before).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionIdChangesAgainAfterTheSecondFactor() throws Exception {
        SignedInClient coordinator = new SignedInClient(port);
        coordinator.postForm("/login", "username=giorgio.moretti&password=" + SignedInClient.PASSWORD);
        String pending = coordinator.sessionId();

        assertThat(coordinator.enterDemoCode()).doesNotContain("/login");

        assertThat(coordinator.sessionId()).isNotEqualTo(pending);
        assertThat(withSession(pending).get("/").statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = new SignedInClient(port).get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theCookieIsSecureInProductionAndTheSessionEndsAfterThirtyIdleMinutes() throws Exception {
        Properties production = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-production.properties")) {
            production.load(in);
        }

        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theSignInPageSaysWhyASessionEnded() throws Exception {
        SignedInClient visitor = new SignedInClient(port);

        assertThat(visitor.get("/login?expired").body()).contains("La sessione \u00e8 scaduta");
        assertThat(visitor.get("/login?revoked").body()).contains("La sessione \u00e8 stata chiusa");
        assertThat(visitor.get("/login").body()).doesNotContain("La sessione");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() throws Exception {
        SignedInClient operator = new SignedInClient(port);
        operator.signIn("laura.bianchi");
        String session = operator.sessionId();

        String location = operator.postForm("/logout", "");

        assertThat(location).endsWith("/login?logout");
        HttpResponse<String> replayed = withSession(session).get("/");
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        SignedInClient operator = new SignedInClient(port);
        operator.signIn("laura.bianchi");

        assertThat(operator.post("/profile/security/password", "currentPassword=x&newPassword=y&confirmation=y", null)
                .statusCode()).isEqualTo(403);
        assertThat(operator.post("/logout", "", null).statusCode()).isEqualTo(403);
        assertThat(operator.get("/").statusCode()).as("still signed in: the forged logout did nothing").isEqualTo(200);
        assertThat(new SignedInClient(port).post("/login", "username=laura.bianchi&password=" + SignedInClient.PASSWORD, null)
                .statusCode()).isEqualTo(403);
    }

    /** A client that presents only the given session cookie, as someone who copied it would. */
    private SignedInClient withSession(String sessionId) {
        CookieManager cookies = new CookieManager();
        java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(java.net.URI.create("http://localhost:" + port + "/"), cookie);
        return new SignedInClient(port, cookies);
    }
}
