package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/** "Il mio profilo / Sicurezza": an operator changes their own password, the current one first, under the policy. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("elena.conte")
class ProfileSecurityPageTest {

    private static final String PASSWORD = "Fascicolo-Demo-2026";
    private static final String NEW_PASSWORD = "Ponte-Ombrello-Salvia-44";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheSecondFactorAndThePasswordForm() throws Exception {
        mvc.perform(get("/profile/security")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Il mio profilo: sicurezza")))
                .andExpect(content().string(Matchers.containsString("Password attuale")));
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
        change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/profile/security"));

        mvc.perform(formLogin().user("elena.conte").password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("elena.conte").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void refusesAWrongCurrentPassword() throws Exception {
        refused(change("non-la-mia-password", NEW_PASSWORD, NEW_PASSWORD), "La password attuale non \u00e8 corretta.");
    }

    @Test
    void refusesACommonOrPersonalOrMistypedNewPassword() throws Exception {
        refused(change(PASSWORD, "Password2026!", "Password2026!"), "tra quelle pi\u00f9 usate");
        refused(change(PASSWORD, "elena.conte.2026", "elena.conte.2026"), "non pu\u00f2 contenere il nome utente");
        refused(change(PASSWORD, "Corta-1", "Corta-1"), "almeno 12 caratteri");
        refused(change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"), "Le due nuove password non coincidono.");
        refused(change(PASSWORD, PASSWORD, PASSWORD), "diversa da quella attuale");
    }

    @Test
    void refusesAFormWithoutCsrfToken() throws Exception {
        mvc.perform(post("/profile/security/password").param("currentPassword", PASSWORD)
                .param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD)).andExpect(status().isForbidden());
    }

    private ResultActions change(String current, String newPassword, String confirmation) throws Exception {
        return mvc.perform(post("/profile/security/password").with(csrf()).param("currentPassword", current)
                .param("newPassword", newPassword).param("confirmation", confirmation));
    }

    private void refused(ResultActions result, String message) throws Exception {
        String hash = jdbc.sql("select password_hash from operator where username = 'elena.conte'").query(String.class).single();
        String page = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message).doesNotContain(NEW_PASSWORD).doesNotContain("Password2026!");
        assertThat(jdbc.sql("select password_hash from operator where username = 'elena.conte'").query(String.class).single())
                .isEqualTo(hash);
    }
}
