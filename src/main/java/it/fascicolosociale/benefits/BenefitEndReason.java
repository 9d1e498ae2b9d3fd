package it.fascicolosociale.benefits;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** Why a benefit ended. */
public enum BenefitEndReason implements Coded {
    /** The period is over and the benefit is no longer needed. */
    PERIOD_OVER("period-over"),
    /** The need remains but the benefit is not renewed (requirements, budget, another answer). */
    NOT_RENEWED("not-renewed"),
    /** The person gave it up. */
    WITHDRAWN("withdrawn"),
    /** The social case was closed: its open benefits end with it. */
    CASE_CLOSED("case-closed");

    private final String code;

    BenefitEndReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public String messageCode() {
        return "benefit-end-reason." + code;
    }

    public static BenefitEndReason fromCode(String code) {
        return Coded.fromCode(BenefitEndReason.class, code,
                unknown -> new RuleViolation("error.benefit.unknown-end-reason", "Unknown end reason " + unknown, unknown));
    }
}
