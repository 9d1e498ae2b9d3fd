package it.fascicolosociale.intake;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** How the contact reached the front office: in person, by phone or e-mail, or reported by another body. */
public enum Channel implements Coded {
    DESK("desk"),
    PHONE("phone"),
    EMAIL("email"),
    SCHOOL_REPORT("school-report"),
    HOSPITAL_REPORT("hospital-report"),
    POLICE_REPORT("police-report"),
    COURT_REPORT("court-report"),
    OTHER_REPORT("other-report");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A segnalazione: someone other than the person or their family brought the need to the service. */
    public boolean isReport() {
        return name().endsWith("_REPORT");
    }

    public static Channel fromCode(String code) {
        return Coded.fromCode(Channel.class, code,
                unknown -> new RuleViolation("error.intake.unknown-channel", "Unknown channel " + unknown, unknown));
    }
}
