package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.Operators;

/** The system administrator resets a lost second factor; nobody else may. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class OperatorSecurityAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Operators operators;

    @Autowired
    SecondFactors secondFactors;

    @Test
    @WithUserDetails("stefano.costa")
    void theAdministratorResetsALostSecondFactor() throws Exception {
        Long id = operators.byUsername("giorgio.moretti").orElseThrow().getId();
        mvc.perform(get("/admin/operators/{id}/security", id)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Azzera la verifica in due passaggi")))
                .andExpect(content().string(Matchers.containsString("non \u00e8 configurato nessun fornitore")));

        mvc.perform(post("/admin/operators/{id}/security/second-factor/reset", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/operators/" + id + "/security"));

        assertThat(secondFactors.enrolled("giorgio.moretti")).isFalse();
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void otherOperatorsCannot() throws Exception {
        Long id = operators.byUsername("giorgio.moretti").orElseThrow().getId();

        mvc.perform(get("/admin/operators/{id}/security", id)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/operators/{id}/security/second-factor/reset", id).with(csrf())).andExpect(status().isForbidden());

        assertThat(secondFactors.enrolled("giorgio.moretti")).isTrue();
    }
}
