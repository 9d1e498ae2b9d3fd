package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.UserArea;

/** The approval rules of the demo (db/demo/V70__demo_benefit_rules.sql): a default, and Cittadella's own. */
@IntegrationTest
@Transactional
class BenefitApprovalRulesTest {

    private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);

    @Autowired
    BenefitApprovalRules rules;

    @Test
    void theAreaManagerApprovesWithADeterminazioneByDefault() {
        BenefitApprovalRule rule = rules.ruleFor(new IstatCode(CaseFixture.CAMPOSAMPIERO), UserArea.DISABILITY, APRIL_2026);

        assertThat(rule.getManagingBodyId()).isNull();
        assertThat(rule.getApproverRole()).isEqualTo(Role.AREA_MANAGER);
        assertThat(rule.getActType()).isEqualTo(ApprovalActType.DECISION);
    }

    @Test
    void theComuneThatKeepsAnAreaFollowsItsOwnRule() {
        BenefitApprovalRule rule = rules.ruleFor(new IstatCode(CaseFixture.CITTADELLA), UserArea.POVERTY_ADULTS, APRIL_2026);

        assertThat(rule.getManagingBodyId()).isNotNull();
        assertThat(rule.getApproverRole()).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(rule.getActType()).isEqualTo(ApprovalActType.BOARD_RESOLUTION);
    }

    @Test
    void theSameComuneFollowsTheDefaultInTheAreasItDelegates() {
        assertThat(rules.ruleFor(new IstatCode(CaseFixture.CITTADELLA), UserArea.DISABILITY, APRIL_2026).getActType())
                .isEqualTo(ApprovalActType.DECISION);
    }
}
