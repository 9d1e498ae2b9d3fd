package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** What the UVMD decided on the need assessed: it entitles the person to the services the UVMD opens, or not. */
public enum UvmdDecision implements Coded {
    ELIGIBLE("eligible"),
    NOT_ELIGIBLE("not-eligible");

    private final String code;

    UvmdDecision(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static UvmdDecision fromCode(String code) {
        return Coded.fromCode(UvmdDecision.class, code,
                unknown -> new RuleViolation("error.assessment.unknown-decision", "Unknown decision " + unknown, unknown));
    }
}
