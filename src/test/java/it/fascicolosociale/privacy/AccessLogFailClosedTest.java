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
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.organization.UserArea;

/**
 * Fail closed: when the access-log row cannot be written, the page shows nothing and the action saves nothing.
 * Runs outside a test transaction, so that what the failed request would have saved is looked for after its own
 * rollback; the insert is made to fail while the test runs ({@link BrokenAccessLog}), and the file is removed after.
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
    private BrokenAccessLog brokenLog;

    @BeforeEach
    void openAFileAndBreakTheLog() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var opened = files.personInCharge("Fallita", "Scrittura", UserArea.DISABILITY, "elena.conte");
            caseId = opened.getId();
            personId = opened.getPersonId();
        });
        brokenLog = BrokenAccessLog.in(context);
    }

    @AfterEach
    void repairTheLogAndRemoveTheFile() {
        brokenLog.close();
        for (String table : new String[] {"case_note", "case_event", "case_team_member"}) {
            jdbc.sql("delete from " + table + " where case_id = :id").param("id", caseId).update();
        }
        jdbc.sql("delete from social_case where id = :id").param("id", caseId).update();
        jdbc.sql("delete from person where id = :id").param("id", personId).update();
    }

    @Test
    void aPageWhoseRowCannotBeWrittenShowsNothing() {
        long mark = log.mark();

        assertThatThrownBy(() -> mvc.perform(get("/cases/{id}", caseId))).hasStackTraceContaining(BrokenAccessLog.MESSAGE);
        assertThatThrownBy(() -> mvc.perform(get("/people/{id}", personId))).hasStackTraceContaining(BrokenAccessLog.MESSAGE);
        assertThatThrownBy(() -> mvc.perform(get("/people").param("q", "Scrittura"))).hasStackTraceContaining(BrokenAccessLog.MESSAGE);

        assertThat(log.after(mark)).isEmpty();
    }

    @Test
    void aNoteWhoseRowCannotBeWrittenIsNotSaved() {
        assertThatThrownBy(() -> mvc.perform(post("/cases/{id}/notes", caseId).with(csrf()).param("type", "interview")
                .param("day", "2026-04-10").param("text", "Non deve restare.").param("visibility", "team")))
                .hasStackTraceContaining(BrokenAccessLog.MESSAGE);

        assertThat(jdbc.sql("select count(*) from case_note where case_id = :id").param("id", caseId).query(Long.class).single())
                .isZero();
    }
}
