package it.fascicolosociale.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.cases.CaseNotFoundException;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.people.PersonNotFoundException;
import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.cases.OpenCases;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/** Need-to-know on the demo organization: who reads a case and its person, and who finds nothing. */
@IntegrationTest
@Transactional
class FileAccessTest {

    @Autowired
    FileAccess access;

    @Autowired
    OpenCases openCases;

    @Autowired
    Cases cases;

    @Autowired
    ProcessStart processStart;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Autowired
    it.fascicolosociale.intake.Intakes intakes;

    @Test
    void theCaseManagerAndTheTeamReadTheCase() {
        OpenCase opened = openCases.open("028019", "disability", "elena.conte");
        cases.addToTeam(opened.caseId(), "luca.fontana", "giorgio.moretti");

        assertThat(access.toCase("elena.conte", opened.caseId())).contains(AccessReason.CASE_TEAM);
        assertThat(access.toCase("luca.fontana", opened.caseId())).contains(AccessReason.CASE_TEAM);
    }

    @Test
    void theUnitInChargeOfTheComuneAndAreaReadsTheCase() {
        OpenCase elderly = openCases.open("028100", "elderly", "paolo.gallo");

        assertThat(access.toCase("anna.rizzo", elderly.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("giorgio.moretti", elderly.caseId())).as("ATS coordinator, area delegated to the ULSS").isEmpty();
    }

    @Test
    void whoMayClaimAnOpenTaskOfTheCaseReadsIt() {
        OpenCase opened = openCases.open("028019", "disability", "elena.conte");
        assertThat(access.toCase("sara.villa", opened.caseId())).isEmpty();

        String task = taskService.createTaskQuery().processInstanceId(opened.process().getId()).singleResult().getId();
        taskService.setAssignee(task, null);
        taskService.addCandidateUser(task, "sara.villa");

        assertThat(access.toCase("sara.villa", opened.caseId())).contains(AccessReason.OPEN_TASK);
    }

    @Test
    void operatorsWithoutAReasonGetNotFoundAsForAMissingCase() {
        OpenCase opened = openCases.open("028019", "family-minors", "marco.ferro");

        for (String outsider : new String[] {"paolo.gallo", "sara.villa", "federica.rinaldi", "stefano.costa", "giulia.sartori"}) {
            assertThat(access.toCase(outsider, opened.caseId())).as(outsider).isEmpty();
            assertThatThrownBy(() -> access.requireCase(outsider, opened.caseId())).isInstanceOf(CaseNotFoundException.class);
        }
        assertThatThrownBy(() -> access.requireCase("marco.ferro", 987654321L)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void theFrontOfficeOfTheComuneReadsThePersonOfItsAccesso() {
        Long personId = registeredAccesso("028019");

        assertThat(access.toPerson("laura.bianchi", personId)).contains(AccessReason.FRONT_OFFICE);
        assertThat(access.toPerson("giorgio.moretti", personId)).as("coordinator of the unit in charge of family-minors")
                .contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toPerson("paolo.gallo", personId)).isEmpty();
        assertThatThrownBy(() -> access.requirePerson("paolo.gallo", personId)).isInstanceOf(PersonNotFoundException.class);
    }

    private Long registeredAccesso(String comune) {
        String businessKey = processStart.start("intake", "laura.bianchi", Map.of("firstName", "Prova", "lastName", "Accesso",
                "sex", "M", "birthDate", "1990-01-01", "missingFiscalCodeReason", "NOT_DISCLOSED", "comune", comune,
                "area", "family-minors", "channel", "desk", "requesterKind", "self", "need", "Chiede informazioni."))
                .processInstance().getBusinessKey();
        return personOf(businessKey);
    }

    private Long personOf(String intakeBusinessKey) {
        return intakes.get(Long.valueOf(intakeBusinessKey.substring("intake-".length()))).getPersonId();
    }
}
