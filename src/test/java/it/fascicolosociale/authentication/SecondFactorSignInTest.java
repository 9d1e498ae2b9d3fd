package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.browser.Browser;
import it.fascicolosociale.platform.security.SecondFactorPending;

/**
 * The sign-in with a TOTP second factor: the roles that require it get nothing before the code, a wrong code
 * is refused and counts, the right one completes the sign-in under a new session id; an operator whose role
 * requires it and who has none is taken to set it up; others sign in with the password alone.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class SecondFactorSignInTest {

    private static final String PASSWORD = "Fascicolo-Demo-2026";
    private static final byte[] DEMO_SECRET = Base32.decode(Browser.DEMO_TOTP_SECRET);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOperatorWithoutSecondFactorSignsInWithThePassword() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("laura.bianchi").password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorGetsNothingBeforeTheCode() throws Exception {
        MockHttpSession session = passwordStep("giorgio.moretti", "/login/second-factor");

        assertThat(signedIn(session)).isInstanceOf(SecondFactorPending.class);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/login").session(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/kpi").session(session)).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/camunda/app/welcome/default/").session(session).header("Accept", "text/html"))
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/api/v1/kpi").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/profile/security").session(session)).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/login/second-factor").session(session))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Codice di verifica")));
    }

    @Test
    void theRightCodeCompletesTheSignInUnderANewSessionId() throws Exception {
        MockHttpSession session = passwordStep("giorgio.moretti", "/login/second-factor");
        String pendingId = session.getId();

        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Codice non corretto")));
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", codeNow(DEMO_SECRET)))
                .andExpect(redirectedUrl("/"));

        assertThat(session.getId()).isNotEqualTo(pendingId);
        assertThat(signedIn(session).getName()).isEqualTo("giorgio.moretti");
        assertThat(signedIn(session)).isNotInstanceOf(SecondFactorPending.class);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(failuresOf("giorgio.moretti")).isZero();
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndTheAttempt() throws Exception {
        MockHttpSession session = passwordStep("giorgio.moretti", "/login/second-factor");
        for (int attempt = 1; attempt < 5; attempt++) {
            mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000")).andExpect(status().isOk());
        }

        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(session.isInvalid()).isTrue();
        mvc.perform(formLogin().user("giorgio.moretti").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aRoleThatRequiresTheSecondFactorIsTakenToSetItUpFirst() throws Exception {
        jdbc.sql("delete from operator_second_factor where operator_id = (select id from operator where username = 'anna.rizzo')").update();
        MockHttpSession session = passwordStep("anna.rizzo", "/login/second-factor/enrol");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/login/second-factor/enrol").session(session))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("otpauth://totp/")));
        String secret = (String) session.getAttribute(SecondFactorController.ENROLMENT_SECRET);

        mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf()).param("code", codeNow(Base32.decode(secret))))
                .andExpect(redirectedUrl("http://localhost/?continue"));

        assertThat(signedIn(session).getName()).isEqualTo("anna.rizzo");
        assertThat(jdbc.sql("select totp_secret from operator_second_factor f join operator o on o.id = f.operator_id "
                + "where o.username = 'anna.rizzo'").query(String.class).single()).isEqualTo(secret);
        MockHttpSession next = passwordStep("anna.rizzo", "/login/second-factor");
        assertThat(next).isNotNull();
    }

    @Test
    void anOperatorWhoseRoleDoesNotRequireItMayEnrolFromTheProfilePage() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("laura.bianchi").password(PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/profile/security").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Il tuo ruolo non la richiede")));
        mvc.perform(get("/profile/security/second-factor").session(session)).andExpect(status().isOk());
        String secret = (String) session.getAttribute(SecondFactorController.ENROLMENT_SECRET);

        mvc.perform(post("/profile/security/second-factor").session(session).with(csrf()).param("code", codeNow(Base32.decode(secret))))
                .andExpect(redirectedUrl("/profile/security"));

        passwordStep("laura.bianchi", "/login/second-factor");
    }

    private MockHttpSession passwordStep(String username, String nextStep) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl(nextStep)).andReturn().getRequest().getSession();
    }

    private static org.springframework.security.core.Authentication signedIn(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context.getAuthentication();
    }

    private int failuresOf(String username) {
        return jdbc.sql("select consecutive_failures from sign_in_attempt where username = ?").param(username)
                .query(Integer.class).optional().orElse(0);
    }

    private static String codeNow(byte[] secret) {
        return Totp.code(secret, Instant.now());
    }
}
