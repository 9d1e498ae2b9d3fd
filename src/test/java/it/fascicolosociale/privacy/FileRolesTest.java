package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.access.AccessReason;
import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.workflow.cases.OpenCases;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/**
 * Who reads files by role: coordinators and managers read their units' cases; the DPO reads the log, not files; the
 * system administrator reads configuration, not files; even when such an account sits in the unit in charge.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class FileRolesTest {

    @Autowired
    FileAccess access;

    @Autowired
    OpenCases openCases;

    @Autowired
    Cases cases;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorsAndManagersReadTheCasesOfTheirUnits() {
        OpenCase disability = openCases.open("028019", "disability", "elena.conte");
        OpenCase elderly = openCases.open("028100", "elderly", "paolo.gallo");

        assertThat(access.toCase("giorgio.moretti", disability.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("chiara.longo", disability.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("anna.rizzo", elderly.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("lucia.martinello", elderly.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("paola.carraro", disability.caseId())).as("manager of other units").isEmpty();
        assertThat(access.toCase("roberto.marchi", disability.caseId())).as("the director's unit is in charge of nothing").isEmpty();
    }

    @Test
    void theDpoAndTheAdministratorOpenNoFileEvenInTheUnitInCharge() throws Exception {
        OpenCase disability = openCases.open("028019", "disability", "elena.conte");
        Long personId = cases.get(disability.caseId()).getPersonId();
        for (String account : new String[] {"federica.rinaldi", "stefano.costa", "davide.marin"}) {
            jdbc.sql("""
                    insert into role_assignment (operator_id, role_code, unit_id, valid_from)
                    select o.id, r.code, u.id, date '2026-01-01' from operator o, organizational_unit u, role r
                    where o.username = :account and u.code = 'ssp-disabili'
                      and r.code = case :account when 'federica.rinaldi' then 'dpo' when 'stefano.costa' then 'system-admin'
                                                 else 'process-designer' end""").param("account", account).update();

            assertThat(access.toCase(account, disability.caseId())).as(account).isEmpty();
            assertThat(access.toPerson(account, personId)).as(account).isEmpty();
            mvc.perform(get("/cases/{id}", disability.caseId()).with(user(account))).andExpect(status().isNotFound());
            mvc.perform(get("/people/{id}", personId).with(user(account))).andExpect(status().isNotFound());
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor user(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username).roles("DPO");
    }
}
