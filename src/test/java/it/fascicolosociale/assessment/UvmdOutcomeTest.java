package it.fascicolosociale.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.platform.RuleViolation;

/** The outcome of a UVMD session: what it must say, and how long it holds. */
class UvmdOutcomeTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 4, 20);

    @Test
    void holdsUntilTheSameDayOfTheNextYear() {
        UvmdOutcome outcome = outcome(UvmdDecision.ELIGIBLE, "35");

        assertThat(outcome.validUntil()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(outcome.validity().contains(SESSION)).isTrue();
        assertThat(outcome.validity().contains(LocalDate.of(2027, 4, 20))).isTrue();
        assertThat(outcome.validity().contains(LocalDate.of(2027, 4, 21))).isFalse();
        assertThat(outcome.validity().contains(SESSION.minusDays(1))).isFalse();
    }

    @Test
    void aSessionOnTheTwentyNinthOfFebruaryHoldsUntilTheTwentyEighth() {
        UvmdOutcome outcome = new UvmdOutcome(LocalDate.of(2028, 2, 29), UvmdDecision.NOT_ELIGIBLE, null, null, null,
                "paolo.gallo", "Non idoneo.");

        assertThat(outcome.validUntil()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void anEligiblePersonNeedsAScoreANotEligibleOneDoesNot() {
        assertThatThrownBy(() -> outcome(UvmdDecision.ELIGIBLE, null))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.score-required");
        assertThat(outcome(UvmdDecision.NOT_ELIGIBLE, null).isEligible()).isFalse();
        assertThat(outcome(UvmdDecision.ELIGIBLE, "0").isEligible()).isTrue();
    }

    @Test
    void keepsTheScoreWithTwoDecimalsAndRefusesOthers() {
        assertThat(outcome(UvmdDecision.ELIGIBLE, "62.5").score()).isEqualTo(new BigDecimal("62.50"));
        for (String refused : new String[] {"-1", "12.345", "100000"}) {
            assertThatThrownBy(() -> outcome(UvmdDecision.ELIGIBLE, refused)).as(refused)
                    .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.score-invalid");
        }
    }

    @Test
    void refusesAnOutcomeWithoutItsEssentials() {
        assertThatThrownBy(() -> new UvmdOutcome(null, UvmdDecision.ELIGIBLE, BigDecimal.ONE, null, null, "paolo.gallo", "Verbale."))
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.session-date-required");
        assertThatThrownBy(() -> new UvmdOutcome(SESSION, null, BigDecimal.ONE, null, null, "paolo.gallo", "Verbale."))
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.decision-required");
        assertThatThrownBy(() -> new UvmdOutcome(SESSION, UvmdDecision.ELIGIBLE, BigDecimal.ONE, 0, null, "paolo.gallo", "Verbale."))
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.priority-invalid");
        assertThatThrownBy(() -> new UvmdOutcome(SESSION, UvmdDecision.ELIGIBLE, BigDecimal.ONE, 1, null, " ", "Verbale."))
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.case-manager-required");
        assertThatThrownBy(() -> new UvmdOutcome(SESSION, UvmdDecision.ELIGIBLE, BigDecimal.ONE, 1, null, "paolo.gallo", ""))
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.outcome-notes-required");
        assertThatThrownBy(() -> new UvmdOutcome(SESSION, UvmdDecision.ELIGIBLE, BigDecimal.ONE, 1, "P".repeat(21), "paolo.gallo", "Verbale."))
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.text-too-long");
    }

    @Test
    void keepsTheAutonomyProfileAsTheUvmdWritesIt() {
        UvmdOutcome outcome = new UvmdOutcome(SESSION, UvmdDecision.ELIGIBLE, BigDecimal.TEN, 1, " 12 ", "paolo.gallo", "Verbale.");

        assertThat(outcome.autonomyProfile()).isEqualTo("12");
    }

    private static UvmdOutcome outcome(UvmdDecision decision, String score) {
        return new UvmdOutcome(SESSION, decision, score == null ? null : new BigDecimal(score), null, null, "paolo.gallo",
                "Verbale della seduta.");
    }
}
