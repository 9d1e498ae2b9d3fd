package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * How severe the person's cognitive disorders are; the flow leaves the field out when there are none.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum CognitiveDisorders implements Coded {
    MILD("1"),
    MODERATE("2"),
    SEVERE("3");

    private final String code;

    CognitiveDisorders(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static CognitiveDisorders fromCode(String code) {
        return SinaCodes.fromCode(CognitiveDisorders.class, code);
    }
}
