package it.fascicolosociale.organization;

import it.fascicolosociale.platform.Coded;

/**
 * The seven user areas (aree di utenza) of the ISTAT survey on the social services of the comuni.
 * The code is what processes and forms carry; the Italian names live in {@code messages.properties}.
 */
public enum UserArea implements Coded {
    FAMILY_MINORS("family-minors", "FAM"),
    DISABILITY("disability", "DIS"),
    ADDICTION("addiction", "ADD"),
    ELDERLY("elderly", "ELD"),
    IMMIGRANTS("immigrants", "IMMNOM"),
    POVERTY_ADULTS("poverty-adults", "POV"),
    MULTI_USER("multi-user", "MULBEN");

    private final String code;
    private final String istatCode;

    UserArea(String code, String istatCode) {
        this.code = code;
        this.istatCode = istatCode;
    }

    @Override
    public String code() {
        return code;
    }

    public String istatCode() {
        return istatCode;
    }

    public static UserArea fromCode(String code) {
        return Coded.fromCode(UserArea.class, code,
                unknown -> new UnknownCodeException(UnknownCodeException.Kind.USER_AREA, unknown));
    }
}
