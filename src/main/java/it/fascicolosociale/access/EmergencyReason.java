package it.fascicolosociale.access;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** The fixed list of reasons for which an operator may open a file they have no access to (break-the-glass). */
public enum EmergencyReason implements Coded {
    /** Danger to the person's life or safety. */
    RISK_TO_LIFE("risk-to-life"),
    /** A minor in danger, art. 403 c.c. */
    CHILD_AT_RISK("child-at-risk"),
    /** An urgent placement (pronta accoglienza) out of hours. */
    URGENT_PLACEMENT("urgent-placement"),
    /** A request of the judicial authority that cannot wait for the unit in charge. */
    COURT_REQUEST("court-request"),
    /** The person turns up at another service while the unit in charge cannot be reached. */
    CONTINUITY_OF_CARE("continuity-of-care");

    private final String code;

    EmergencyReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static EmergencyReason fromCode(String code) {
        return Coded.fromCode(EmergencyReason.class, code,
                unknown -> new RuleViolation("error.emergency-access.reason-required", "Unknown emergency reason " + unknown));
    }
}
