package it.fascicolosociale.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.cases.OpenCases;

/** The rules of a social case's life: team, closure, reopening. */
@IntegrationTest
@Transactional
class CasesTest {

    @Autowired
    Cases cases;

    @Autowired
    OpenCases openCases;

    @Test
    void knowsWhoWorksOnTheCase() {
        Long caseId = openCases.open("028019", "family-minors", "marco.ferro").caseId();

        cases.addToTeam(caseId, "luca.fontana", "giorgio.moretti");

        SocialCase socialCase = cases.get(caseId);
        assertThat(socialCase.isWorkedOnBy("marco.ferro")).isTrue();
        assertThat(socialCase.isWorkedOnBy("luca.fontana")).isTrue();
        assertThat(socialCase.isWorkedOnBy("paolo.gallo")).isFalse();
        assertThatThrownBy(() -> cases.addToTeam(caseId, "luca.fontana", "giorgio.moretti")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> cases.addToTeam(caseId, "nobody", "giorgio.moretti")).isInstanceOf(RuleViolation.class);
        cases.removeFromTeam(caseId, "luca.fontana");
        assertThat(cases.get(caseId).isWorkedOnBy("luca.fontana")).isFalse();
    }

    @Test
    void closesOnceAndReopensOnlyWithAReason() {
        Long caseId = openCases.open("028019", "family-minors", "marco.ferro").caseId();

        cases.close(caseId, ClosureReason.WITHDRAWAL, "giorgio.moretti");

        assertThatThrownBy(() -> cases.close(caseId, ClosureReason.DEATH, "giorgio.moretti")).isInstanceOf(CaseStateException.class);
        assertThatThrownBy(() -> cases.addToTeam(caseId, "luca.fontana", "giorgio.moretti")).isInstanceOf(CaseStateException.class);
        assertThatThrownBy(() -> cases.reopen(caseId, " ", "giorgio.moretti")).isInstanceOf(RuleViolation.class);
        cases.reopen(caseId, "Nuova richiesta.", "giorgio.moretti");
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.get(caseId).getClosureReason()).isNull();
    }
}
