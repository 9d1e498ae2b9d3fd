package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * How far the person manages the activities of daily living on their own.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum DailyLiving implements Coded {
    INDEPENDENT("1"),
    PARTLY_DEPENDENT("2"),
    FULLY_DEPENDENT("3");

    private final String code;

    DailyLiving(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static DailyLiving fromCode(String code) {
        return SinaCodes.fromCode(DailyLiving.class, code);
    }
}
