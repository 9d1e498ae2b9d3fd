package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.OperatorProfile;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.RoleAssignment;

/**
 * The lockout as the sign-in form shows it: after five wrong passwords even the right one is refused for a
 * while, and nothing on the page tells a locked account from a wrong password or a username that does not exist.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class LockoutSignInTest {

    private static final String PASSWORD = "Fascicolo-Demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    LockingAuthenticationProvider passwords;

    @Autowired
    Operators operators;

    /**
     * A disabled account's password is checked like any other, before its status: a wrong one is a wrong password
     * (and counts), so the answer comes no faster than for an account in use, and tells nobody the username exists.
     */
    @Test
    void aDisabledAccountsPasswordIsCheckedBeforeItsStatus() {
        String disabled = "prova.disattivata.blocco";
        String itsPassword = "Sette-Salici-Sul-Brenta-2026";
        RoleAssignment lauras = operators.byUsername("laura.bianchi").orElseThrow().getAssignments().get(0);
        operators.register(disabled, new OperatorProfile("Prova", "Disattivata", disabled + "@prova.invalid", false), itsPassword,
                List.of(new RoleAssignment(Role.SOCIAL_WORKER, lauras.unitId(), lauras.validFrom(), null)));

        assertThatThrownBy(() -> passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(disabled, "not-its-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(disabled, itsPassword)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        failFiveTimes("marta.greco");

        mvc.perform(formLogin().user("marta.greco").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("MARTA.GRECO").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fourWrongPasswordsAndTheRightOneStartTheCountAgain() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user("marta.greco").password("sbagliata-" + attempt)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("marta.greco").password(PASSWORD)).andExpect(redirectedUrl("/"));

        mvc.perform(formLogin().user("marta.greco").password("sbagliata-5")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("marta.greco").password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aLockedAccountLooksLikeAWrongPasswordOrAnUnknownUsername() throws Exception {
        failFiveTimes("marta.greco");
        failFiveTimes("nessuno.esiste");

        String locked = mvc.perform(formLogin().user("marta.greco").password(PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        String unknown = mvc.perform(formLogin().user("nessuno.esiste").password(PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        String wrong = mvc.perform(formLogin().user("elena.conte").password("sbagliata")).andReturn().getResponse().getRedirectedUrl();

        org.assertj.core.api.Assertions.assertThat(java.util.List.of(locked, unknown, wrong)).containsOnly("/login?error");
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(Matchers.containsString("Nome utente o password non corretti")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("marta.greco"))));
    }

    private void failFiveTimes(String username) throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(username).password("sbagliata-" + attempt)).andExpect(redirectedUrl("/login?error"));
        }
    }
}
