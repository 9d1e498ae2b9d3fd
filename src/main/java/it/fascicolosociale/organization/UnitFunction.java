package it.fascicolosociale.organization;

import it.fascicolosociale.platform.Coded;

/** What kind of service a unit is: routing by comune alone asks for a unit of a given function. */
public enum UnitFunction implements Coded {
    /** Segretariato sociale / sportello: first contact with citizens. */
    FRONT_OFFICE("front-office"),
    /** Servizio sociale professionale of a user area. */
    SOCIAL_WORK("social-work"),
    CHILD_PROTECTION("child-protection"),
    /** Unita di Valutazione Multidimensionale Distrettuale. */
    UVMD("uvmd"),
    /** Consultorio familiare. */
    FAMILY_COUNSELLING("family-counselling"),
    /** SerD. */
    ADDICTION_SERVICE("addiction-service"),
    /** Centro di Salute Mentale. */
    MENTAL_HEALTH("mental-health"),
    /** Servizio eta evolutiva (child neuropsychiatry and psychology). */
    DEVELOPMENTAL_AGE("developmental-age"),
    ADMINISTRATION("administration"),
    MANAGEMENT("management");

    private final String code;

    UnitFunction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static UnitFunction fromCode(String code) {
        return Coded.fromCode(UnitFunction.class, code,
                unknown -> new UnknownCodeException(UnknownCodeException.Kind.UNIT_FUNCTION, unknown));
    }
}
