package it.fascicolosociale.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import it.fascicolosociale.IntegrationTest;

/** The application's pages tell the browser what it may run and where they may be shown. */
@IntegrationTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("laura.bianchi")
    void pagesForbidInlineScriptsFramingAndCaching() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("object-src 'none'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("base-uri 'none'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-eval"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void pagesOfPeopleAndCasesAreNeverStoredWhateverTheControllerSays() throws Exception {
        for (String page : new String[] {"/people", "/people/999999", "/cases/999999", "/tasks/unknown", "/cases/1/plan.pdf"}) {
            mvc.perform(get(page)).andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
        }
    }

    @Test
    void overHttpsTheBrowserIsToldToUseHttpsForAYear() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    @WithUserDetails("giorgio.moretti")
    void theJsonApiAnswersWithThePolicyAndTheReferrerPolicyToo() throws Exception {
        mvc.perform(get("/api/v1/kpi").secure(true))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("base-uri 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void theSignInPageHasThePolicyToo() throws Exception {
        mvc.perform(get("/login")).andExpect(header().exists("Content-Security-Policy"));
    }
}
