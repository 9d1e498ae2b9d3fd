package it.fascicolosociale.intake;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** What the front office concluded at the first interview. */
public enum InterviewOutcome implements Coded {
    /** Information and orientation given: the accesso ends. */
    INFORMATION("information"),
    /** The need calls for a presa in carico: proposed to the coordinator. */
    CASE_PROPOSAL("case-proposal"),
    /** The need belongs to another service: a referral (invio) is sent there and the accesso ends. */
    REFERRAL("referral");

    private final String code;

    InterviewOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static InterviewOutcome fromCode(String code) {
        return Coded.fromCode(InterviewOutcome.class, code,
                unknown -> new RuleViolation("error.intake.unknown-outcome", "Unknown outcome " + unknown, unknown));
    }
}
