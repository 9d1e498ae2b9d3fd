package it.fascicolosociale.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.cases.OpenCases;

/** The rules of the PAI's versions: drafting, rework, approval, supersession, goals. */
@IntegrationTest
@Transactional
class CarePlansTest {

    @Autowired
    CarePlans carePlans;

    @Autowired
    OpenCases openCases;

    @Test
    void numbersVersionsAndKeepsOneInForce() {
        Long caseId = openCases.open("028019", "elderly", "paolo.gallo").caseId();

        carePlans.draft(caseId, content("Prima versione"), "paolo.gallo");
        carePlans.approve(caseId, "anna.rizzo");
        carePlans.draft(caseId, content("Seconda versione"), "paolo.gallo");

        assertThat(carePlans.inForce(caseId).getSummary()).as("the approved version stays in force while the next waits")
                .isEqualTo("Prima versione");
        carePlans.approve(caseId, "anna.rizzo");
        assertThat(carePlans.versions(caseId)).extracting(CarePlan::getRevision, CarePlan::getStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, PlanStatus.APPROVED), org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SUPERSEDED));
    }

    @Test
    void refusesASecondDraftWhileOneWaitsAndARejectionWithoutReason() {
        Long caseId = openCases.open("028019", "elderly", "paolo.gallo").caseId();
        carePlans.draft(caseId, content("In attesa"), "paolo.gallo");

        assertThatThrownBy(() -> carePlans.draft(caseId, content("Ancora"), "paolo.gallo")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> carePlans.reject(caseId, " ", "anna.rizzo")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> carePlans.inForce(caseId)).isInstanceOf(PlanNotFoundException.class);
    }

    @Test
    void keepsTheBenefitsAndReferralsItPlansAndJudgesItsGoals() {
        Long caseId = openCases.open("028019", "elderly", "paolo.gallo").caseId();
        carePlans.draft(caseId, new PlanContent("Assistenza a domicilio", List.of(new Goal("Restare a casa", null, null, null)),
                List.of(new PlanContent.PlannedBenefit("home-care-hours", new BigDecimal("20"),
                        new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31)))),
                List.of(new PlanContent.PlannedReferral("uvmd-d4", "Valutazione per l'assegno di cura")), null), "paolo.gallo");
        CarePlan plan = carePlans.approve(caseId, "anna.rizzo");

        assertThat(plan.interventionsOf(InterventionKind.BENEFIT)).singleElement()
                .satisfies(benefit -> assertThat(benefit.getItemCode()).isEqualTo("home-care-hours"));
        assertThat(plan.interventionsOf(InterventionKind.REFERRAL)).singleElement()
                .satisfies(referral -> assertThat(referral.getReferralTarget()).isEqualTo("uvmd-d4"));
        carePlans.judgeGoals(caseId, List.of(GoalState.ACHIEVED));
        assertThat(carePlans.inForce(caseId).getGoals()).extracting(Goal::state).containsExactly(GoalState.ACHIEVED);
        assertThatThrownBy(() -> carePlans.judgeGoals(caseId, List.of(GoalState.ACHIEVED, GoalState.OPEN)))
                .isInstanceOf(PlanStateException.class);
    }

    @Test
    void refusesAPlanWithoutGoalsOrWithAnIncompleteBenefit() {
        assertThatThrownBy(() -> new PlanContent("Senza obiettivi", List.of(), List.of(), List.of(), null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageCode()).isEqualTo("error.plan.goal-required"));
        assertThatThrownBy(() -> new PlanContent.PlannedBenefit("home-care-hours", BigDecimal.ZERO, Period.from(LocalDate.of(2026, 1, 1))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageCode()).isEqualTo("error.plan.benefit-incomplete"));
    }

    private static PlanContent content(String summary) {
        return new PlanContent(summary, List.of(new Goal("Autonomia", null, null, null)), List.of(), List.of(), null);
    }
}
