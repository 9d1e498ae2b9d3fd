package it.fascicolosociale.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.CaseJourney;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/**
 * What the row-level security costs on the two pages read most: the social file of a case and the task list of its
 * case manager, timed in a simple loop with the policies on, then off (the owner disables them), then on again.
 * A measurement, not a gate: it commits its case and switches the policies of the whole database off for a
 * moment, so it runs only when asked for ({@code -Dfascicolo.measure-row-security=true}) on the embedded database.
 */
@IntegrationTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "fascicolo.measure-row-security", matches = "true")
class RowSecurityCostTest {

    private static final int WARM_UP = 20;
    private static final int RUNS = 50;

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseJourney journey;

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource owner;

    @Test
    @WithUserDetails(CaseJourney.CASE_MANAGER)
    void timesTheSocialFileAndTheTaskListWithAndWithoutTheRowSecurity() throws Exception {
        OpenCase opened = journey.planInForce();
        MockHttpServletRequestBuilder file = get("/cases/{id}", opened.caseId());
        MockHttpServletRequestBuilder tasks = get("/");
        loop(file, WARM_UP);
        loop(tasks, WARM_UP);
        report("on", loop(file, RUNS), loop(tasks, RUNS));
        List<String> tables = policies(false);
        try {
            loop(file, WARM_UP);
            report("off", loop(file, RUNS), loop(tasks, RUNS));
        } finally {
            policies(true);
        }
        report("on again", loop(file, RUNS), loop(tasks, RUNS));
        System.out.println("Row-level security cost measured over " + tables.size() + " tables");
    }

    private double loop(MockHttpServletRequestBuilder request, int runs) throws Exception {
        long start = System.nanoTime();
        for (int run = 0; run < runs; run++) {
            mvc.perform(request).andExpect(status().isOk());
        }
        return (System.nanoTime() - start) / 1_000_000.0 / runs;
    }

    private static void report(String policies, double file, double tasks) {
        System.out.printf(java.util.Locale.ROOT, "Row-level security %s: social file %.1f ms, task list %.1f ms per page%n",
                policies, file, tasks);
    }

    /** Switches the row-level security of every table that has a policy on or off, as the owner. */
    private List<String> policies(boolean on) {
        JdbcClient jdbc = JdbcClient.create(owner);
        List<String> tables = jdbc.sql("select distinct c.relname from pg_policy p join pg_class c on c.oid = p.polrelid")
                .query(String.class).list();
        for (String table : tables) {
            jdbc.sql("alter table " + table + (on ? " enable" : " disable") + " row level security").update();
        }
        return tables;
    }
}
