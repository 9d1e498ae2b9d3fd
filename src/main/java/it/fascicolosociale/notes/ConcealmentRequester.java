package it.fascicolosociale.notes;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** Who asked for an item of the file to be concealed: the person, or who acts for them. */
public enum ConcealmentRequester implements Coded {
    PERSON("person"),
    LEGAL_REPRESENTATIVE("legal-representative"),
    /** Tutore or amministratore di sostegno. */
    GUARDIAN("guardian");

    private final String code;

    ConcealmentRequester(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ConcealmentRequester fromCode(String code) {
        return Coded.fromCode(ConcealmentRequester.class, code,
                unknown -> new RuleViolation("error.concealment.requester-required", "Unknown requester " + unknown));
    }
}
