package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.privacy.AccessLogRows.Row;

/**
 * Break-the-glass from the person search: offered alike for a codice fiscale with a hidden file and for one with
 * no file (no existence oracle); opens the file for at most an hour with a banner on its pages, logs every page
 * with the purpose break-the-glass, and sends every request to review, also those that found nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("paolo.gallo")
class EmergencyAccessPagesTest {

    private static final String HIDDEN = "NUOTST85C12B563H";
    private static final String NOBODY = "RSSMRA80A01H501U";

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessLogRows log;

    @Test
    void aHiddenFileAndAMissingOneLookTheSameInTheSearchAndOnTheirPages() throws Exception {
        Long personId = files.testUno();

        String hidden = withoutToken(page(get("/people").param("q", HIDDEN)).replace(HIDDEN, "CF"));
        String nobody = withoutToken(page(get("/people").param("q", NOBODY)).replace(NOBODY, "CF"));
        assertThat(hidden).isEqualTo(nobody).contains("Chiedi un accesso di emergenza");
        assertThat(page(get("/people").param("q", "Uno Test"))).doesNotContain("Chiedi un accesso di emergenza");

        String forbidden = mvc.perform(get("/people/{id}", personId)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/people/{id}", 987654321L)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutToken(forbidden)).isEqualTo(withoutToken(missing)).doesNotContain("emergenza");
    }

    @Test
    void opensTheFileForAnHourWithABannerAndLogsItsPagesAsBreakTheGlass() throws Exception {
        Long personId = files.testUno();
        long mark = log.mark();

        mvc.perform(request(HIDDEN, "risk-to-life", "Chiamata dal pronto soccorso, nessuno del servizio risponde."))
                .andExpect(redirectedUrl("/people/" + personId));
        String page = page(get("/people/{id}", personId));

        assertThat(page).contains("id=\"emergency-banner\"", "Accesso di emergenza in corso");
        assertThat(page(get("/people").param("q", HIDDEN))).contains("/people/" + personId).doesNotContain("emergency-offer");
        assertThat(log.after(mark)).extracting(Row::itemType, Row::action, Row::purpose, Row::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("emergency-access", "READ", "break-the-glass", "ALLOWED"),
                org.assertj.core.groups.Tuple.tuple(null, "READ", "break-the-glass", "ALLOWED"),
                org.assertj.core.groups.Tuple.tuple(null, "SEARCH", "break-the-glass", "ALLOWED"));
        assertThat(log.after(mark)).extracting(Row::personId).containsOnly(personId);
        assertThat(reviews()).isEqualTo(1);
    }

    @Test
    void aCodiceFiscaleWithoutFileIsRecordedLoggedAndReviewedAllTheSame() throws Exception {
        long mark = log.mark();

        String page = page(request(NOBODY, "court-request", "Richiesta urgente del tribunale per i minorenni."));

        assertThat(page).contains("Non esiste un fascicolo con questo codice fiscale");
        assertThat(log.after(mark)).extracting(Row::personId, Row::purpose, Row::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "break-the-glass", "DENIED"));
        assertThat(reviews()).isEqualTo(1);
    }

    @Test
    void withoutReasonOrExplanationNothingIsOpened() throws Exception {
        Long personId = files.testUno();

        String page = page(request(HIDDEN, "", " "));

        assertThat(page).contains("Scegli il motivo dell&#39;accesso di emergenza.", "Scrivi la spiegazione dell&#39;accesso di emergenza.");
        assertThat(jdbc.sql("select count(*) from emergency_access").query(Long.class).single()).isZero();
        mvc.perform(get("/people/{id}", personId)).andExpect(status().isNotFound());
    }

    @Test
    void theAccessEndsAfterSixtyMinutes() throws Exception {
        Long personId = files.testUno();
        openedMinutesAgo(personId, 59);
        mvc.perform(get("/people/{id}", personId)).andExpect(status().isOk());

        jdbc.sql("delete from emergency_access").update();
        openedMinutesAgo(personId, 61);
        mvc.perform(get("/people/{id}", personId)).andExpect(status().isNotFound());
    }

    @Test
    void theOperatorEndsTheAccessBeforeTheHourAndTheEndIsLogged() throws Exception {
        Long personId = files.testUno();
        mvc.perform(request(HIDDEN, "risk-to-life", "Chiamata dal pronto soccorso, nessuno del servizio risponde."))
                .andExpect(redirectedUrl("/people/" + personId));
        Long emergencyId = jdbc.sql("select id from emergency_access").query(Long.class).single();
        assertThat(page(get("/people/{id}", personId))).contains("/emergency-access/" + emergencyId + "/end");
        long mark = log.mark();

        mvc.perform(post("/emergency-access/{id}/end", emergencyId).with(csrf()))
                .andExpect(redirectedUrl("/people?emergency-ended"));

        mvc.perform(get("/people/{id}", personId)).andExpect(status().isNotFound());
        assertThat(log.after(mark)).extracting(Row::personId, Row::itemType, Row::action, Row::purpose, Row::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(personId, "emergency-access", "END", "break-the-glass", "ALLOWED"));
        assertThat(jdbc.sql("select ended_at is not null and ended_at = expires_at and expires_at < opened_at + interval '60 minutes'"
                + " from emergency_access").query(Boolean.class).single()).as("ended now, not at the hour").isTrue();
        assertThat(page(get("/people").param("emergency-ended", ""))).contains("Accesso di emergenza chiuso");

        long again = log.mark();
        mvc.perform(post("/emergency-access/{id}/end", emergencyId).with(csrf())).andExpect(status().isNotFound());
        assertThat(log.after(again)).as("an ended access is not ended twice").isEmpty();
    }

    @Test
    void onlyItsOperatorEndsAnEmergencyAccess() throws Exception {
        Long personId = files.testUno();
        openedMinutesAgo(personId, 10);
        Long emergencyId = jdbc.sql("select id from emergency_access").query(Long.class).single();
        long mark = log.mark();

        mvc.perform(post("/emergency-access/{id}/end", emergencyId).with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("elena.conte")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/emergency-access/{id}/end", 987654321L).with(csrf())).andExpect(status().isNotFound());

        assertThat(log.after(mark)).isEmpty();
        mvc.perform(get("/people/{id}", personId)).andExpect(status().isOk());
    }

    @Test
    void theDatabaseLetsAnEmergencyAccessOnlyEndEarlierNeverLater() {
        Long personId = files.testUno();
        openedMinutesAgo(personId, 10);

        refused("update emergency_access set expires_at = expires_at + interval '1 minute'", "may only end earlier");
        refused("update emergency_access set expires_at = expires_at - interval '1 minute'", "may only end earlier");
        refused("update emergency_access set ended_at = now(), expires_at = now() + interval '5 minutes'",
                "emergency_access_ended_at_its_expiry");
        jdbc.sql("update emergency_access set ended_at = now(), expires_at = now()").update();
        refused("update emergency_access set ended_at = null, expires_at = opened_at + interval '60 minutes'",
                "may only end earlier");
        refused("update emergency_access set ended_at = ended_at - interval '1 minute', expires_at = expires_at - interval '1 minute'",
                "may only end earlier");
    }

    /** The update fails with the message, and the test's transaction goes on from before it. */
    private void refused(String update, String message) {
        jdbc.sql("savepoint before_update").update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(update).update()).as(update).hasMessageContaining(message);
        jdbc.sql("rollback to savepoint before_update").update();
    }

    @Test
    @WithUserDetails("federica.rinaldi")
    void theDpoCannotBreakTheGlass() throws Exception {
        files.testUno();

        assertThat(page(request(HIDDEN, "risk-to-life", "Prova."))).contains("Il tuo ruolo non consente di aprire fascicoli");
        assertThat(jdbc.sql("select count(*) from emergency_access").query(Long.class).single()).isZero();
    }

    private void openedMinutesAgo(Long personId, int minutes) {
        jdbc.sql("""
                insert into emergency_access (operator, person_id, reason, explanation, opened_at, expires_at)
                values ('paolo.gallo', :person, 'risk-to-life', 'Prova', now() - make_interval(mins => :minutes),
                        now() - make_interval(mins => :minutes) + interval '60 minutes')""")
                .param("person", personId).param("minutes", minutes).update();
    }

    private long reviews() {
        return jdbc.sql("select count(*) from act_ru_task where task_def_key_ = 'review'").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder request(String codiceFiscale, String reason, String explanation) {
        return post("/emergency-access").with(csrf()).param("codiceFiscale", codiceFiscale).param("reason", reason)
                .param("explanation", explanation);
    }

    /** The page without its CSRF token, which differs at every request. */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
