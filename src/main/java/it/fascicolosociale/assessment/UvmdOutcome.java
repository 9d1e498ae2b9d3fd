package it.fascicolosociale.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * What the district UVMD decided at its session: eligibility, the gravity score it gives (required when the
 * person is eligible), the priority for services with a waiting list, the autonomy profile, the case manager it
 * confirms or names, and the minutes. The profile is kept as the code the UVMD writes: the regional list of
 * SVaMA/SVaMDi profiles is not in our sources (veneto.md 2.2, UNVERIFIED), so no list is enforced.
 */
@Embeddable
public record UvmdOutcome(LocalDate sessionDate, UvmdDecision decision, BigDecimal score, Integer priority,
                          String autonomyProfile, String caseManager, String notes) {

    private static final BigDecimal MAX_SCORE = new BigDecimal("99999.99");

    public UvmdOutcome {
        if (sessionDate == null) {
            throw new RuleViolation("error.assessment.session-date-required", "an outcome needs its session date");
        }
        if (decision == null) {
            throw new RuleViolation("error.assessment.decision-required", "an outcome needs its decision");
        }
        score = score == null ? null : checkedScore(score);
        if (score == null && decision == UvmdDecision.ELIGIBLE) {
            throw new RuleViolation("error.assessment.score-required", "an eligible person needs a score");
        }
        if (priority != null && priority < 1) {
            throw new RuleViolation("error.assessment.priority-invalid", "priority below 1");
        }
        autonomyProfile = Texts.optional(autonomyProfile, 20);
        caseManager = Texts.required(caseManager, 60, "error.assessment.case-manager-required");
        notes = Texts.required(notes, SocialPart.LONG_TEXT, "error.assessment.outcome-notes-required");
    }

    public boolean isEligible() {
        return decision == UvmdDecision.ELIGIBLE;
    }

    /** An assessment holds for one year from its session (veneto.md 2.1): the last day it holds. */
    public LocalDate validUntil() {
        return sessionDate.plusYears(1);
    }

    public Period validity() {
        return new Period(sessionDate, validUntil());
    }

    private static BigDecimal checkedScore(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0 || score.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("error.assessment.score-invalid", "score out of range or too precise");
        }
        return score.setScale(2, RoundingMode.UNNECESSARY);
    }
}
