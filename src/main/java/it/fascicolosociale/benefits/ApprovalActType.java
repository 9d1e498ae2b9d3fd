package it.fascicolosociale.benefits;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The kind of administrative act that grants a benefit, as the ente decides it: a determinazione of the
 * responsabile del servizio (art. 107 TUEL: acts binding the administration belong to the managers), a
 * delibera of the Giunta comunale where the comune keeps the decision political, or a decreto of the
 * director of the azienda.
 */
public enum ApprovalActType implements Coded {
    /** Determinazione. */
    DECISION("decision"),
    /** Delibera di Giunta comunale. */
    BOARD_RESOLUTION("board-resolution"),
    /** Decreto del direttore. */
    DIRECTOR_DECREE("director-decree");

    private final String code;

    ApprovalActType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public String messageCode() {
        return "approval-act-type." + code;
    }

    public static ApprovalActType fromCode(String code) {
        return Coded.fromCode(ApprovalActType.class, code,
                unknown -> new RuleViolation("error.benefit.unknown-act-type", "Unknown act type " + unknown, unknown));
    }
}
