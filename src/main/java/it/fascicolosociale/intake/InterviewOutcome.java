package it.fascicolosociale.intake;

import java.util.Arrays;

import it.fascicolosociale.platform.RuleViolation;

/** What the front office concluded at the first interview. */
public enum InterviewOutcome {
    /** Information and orientation given: the accesso ends. */
    INFORMATION("information"),
    /** The need calls for a presa in carico: proposed to the coordinator. */
    CASE_PROPOSAL("case-proposal");

    private final String code;

    InterviewOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static InterviewOutcome fromCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolation("error.intake.unknown-outcome", "Unknown outcome " + code, code));
    }
}
