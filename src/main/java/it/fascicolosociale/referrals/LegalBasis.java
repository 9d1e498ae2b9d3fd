package it.fascicolosociale.referrals;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * Why personal data may be sent to another service without the person's consent. The data of a social file are
 * special categories (GDPR art. 9), so each basis pairs a lawful basis of art. 6(1) with a condition of art. 9(2);
 * the Italian law that states the duty is the one the sender names in the reason.
 */
public enum LegalBasis implements Coded {
    /** An order of the judicial authority (decree of the Tribunale per i minorenni, giudice tutelare): art. 6(1)(c), 9(2)(f). */
    COURT_ORDER("court-order"),
    /**
     * The protection of a minor: art. 403 c.c. (urgent placement by the public authority), art. 9 L. 184/1983
     * (reporting a minor in a state of abandonment to the Procura minorile): art. 6(1)(c) and (e), 9(2)(g).
     */
    CHILD_PROTECTION("child-protection"),
    /** The vital interest of a person physically or legally unable to give consent: art. 6(1)(d), 9(2)(c). */
    VITAL_INTEREST("vital-interest"),
    /**
     * A task of public interest that a law gives the social and health services (integrated social and health care,
     * L. 328/2000): art. 6(1)(e), 9(2)(g) and (h), with Codice privacy art. 2-sexies.
     */
    PUBLIC_TASK("public-task"),
    /** Another basis, named in the reason. */
    OTHER("other");

    private final String code;

    LegalBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static LegalBasis fromCode(String code) {
        return Coded.fromCode(LegalBasis.class, code,
                unknown -> new RuleViolation("error.referral.unknown-legal-basis", "Unknown legal basis " + unknown, unknown));
    }
}
