package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.OwnerDatabase;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.organization.UserArea;

/**
 * Fail closed: when the access-log row cannot be written, the page shows nothing and the action saves nothing.
 * Runs outside a test transaction, so that what the failed request would have saved is looked for after its own
 * rollback; the insert is made to fail by a trigger that lives only during the test, and the file is removed after.
 */
@IntegrationTest
@AutoConfigureMockMvc
@WithUserDetails("elena.conte")
class AccessLogFailClosedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AccessLogRows log;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private Long caseId;
    private Long personId;

    @BeforeEach
    void openAFileAndBreakTheLog() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var opened = files.personInCharge("Fallita", "Scrittura", UserArea.DISABILITY, "elena.conte");
            caseId = opened.getId();
            personId = opened.getPersonId();
        });
        // only the schema's owner may add a trigger: the application's role runs no DDL
        JdbcClient owner = OwnerDatabase.of(context);
        owner.sql("""
                create function test_access_log_refused() returns trigger language plpgsql as $$
                begin raise exception 'access log unavailable (test)'; end $$""").update();
        owner.sql("""
                create trigger test_access_log_refused before insert on access_log
                for each row execute function test_access_log_refused()""").update();
    }

    @AfterEach
    void repairTheLogAndRemoveTheFile() {
        JdbcClient owner = OwnerDatabase.of(context);
        owner.sql("drop trigger test_access_log_refused on access_log").update();
        owner.sql("drop function test_access_log_refused()").update();
        for (String table : new String[] {"case_note", "case_event", "case_team_member"}) {
            jdbc.sql("delete from " + table + " where case_id = :id").param("id", caseId).update();
        }
        jdbc.sql("delete from social_case where id = :id").param("id", caseId).update();
        jdbc.sql("delete from person where id = :id").param("id", personId).update();
    }

    @Test
    void aPageWhoseRowCannotBeWrittenShowsNothing() {
        long mark = log.mark();

        assertThatThrownBy(() -> mvc.perform(get("/cases/{id}", caseId))).hasStackTraceContaining("access log unavailable");
        assertThatThrownBy(() -> mvc.perform(get("/people/{id}", personId))).hasStackTraceContaining("access log unavailable");
        assertThatThrownBy(() -> mvc.perform(get("/people").param("q", "Scrittura"))).hasStackTraceContaining("access log unavailable");

        assertThat(log.after(mark)).isEmpty();
    }

    @Test
    void aNoteWhoseRowCannotBeWrittenIsNotSaved() {
        assertThatThrownBy(() -> mvc.perform(post("/cases/{id}/notes", caseId).with(csrf()).param("type", "interview")
                .param("day", "2026-04-10").param("text", "Non deve restare.").param("visibility", "team")))
                .hasStackTraceContaining("access log unavailable");

        assertThat(jdbc.sql("select count(*) from case_note where case_id = :id").param("id", caseId).query(Long.class).single())
                .isZero();
    }
}
