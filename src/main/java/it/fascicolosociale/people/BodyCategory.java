package it.fascicolosociale.people;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * A kind of body outside the platform (without accounts) that a person's data may be sent to: a consent may
 * name a category instead of one unit, and a referral to such a body names its category.
 */
public enum BodyCategory implements Coded {
    SCHOOL("school"),
    /** Tribunale per i minorenni (and its Procura). */
    JUVENILE_COURT("juvenile-court"),
    /** Cooperatives, associations and other third-sector bodies (D.Lgs. 117/2017). */
    THIRD_SECTOR("third-sector"),
    OTHER("other");

    private final String code;

    BodyCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static BodyCategory fromCode(String code) {
        return Coded.fromCode(BodyCategory.class, code,
                unknown -> new RuleViolation("error.consent.unknown-body-category", "Unknown body category " + unknown, unknown));
    }
}
