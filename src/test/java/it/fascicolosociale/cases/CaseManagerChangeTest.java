package it.fascicolosociale.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.People;
import it.fascicolosociale.platform.RuleViolation;

/** An open case passes to another case manager, who must be an operator; a closed case does not. */
@IntegrationTest
@Transactional
class CaseManagerChangeTest {

    @Autowired
    Cases cases;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    private SocialCase socialCase;

    private CaseFixture fixture;

    @BeforeEach
    void openCase() {
        fixture = new CaseFixture(people, cases, jdbc, entityManager);
        socialCase = fixture.open("028100", UserArea.ELDERLY, "laura.bianchi");
    }

    @Test
    void handsAnOpenCaseToAnotherCaseManager() {
        cases.changeCaseManager(socialCase.getId(), "paolo.gallo", "sara.villa");

        entityManager.flush();
        entityManager.clear();
        assertThat(cases.get(socialCase.getId()).getCaseManager()).isEqualTo("paolo.gallo");
    }

    @Test
    void refusesACaseManagerWhoIsNoOperator() {
        assertThatThrownBy(() -> cases.changeCaseManager(socialCase.getId(), "nessuno.tale", "sara.villa"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.case.unknown-case-manager");
        assertThat(cases.get(socialCase.getId()).getCaseManager()).isEqualTo("laura.bianchi");
    }

    @Test
    void refusesToChangeTheCaseManagerOfAClosedCase() {
        fixture.closeInTheDatabase(socialCase.getId());

        assertThatThrownBy(() -> cases.changeCaseManager(socialCase.getId(), "paolo.gallo", "sara.villa"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.case.wrong-state");
    }
}
