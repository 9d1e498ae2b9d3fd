package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * How much health care the person needs; optional in the flow.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum HealthCareNeed implements Coded {
    LOW("1"),
    MEDIUM("2"),
    HIGH("3");

    private final String code;

    HealthCareNeed(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static HealthCareNeed fromCode(String code) {
        return SinaCodes.fromCode(HealthCareNeed.class, code);
    }
}
