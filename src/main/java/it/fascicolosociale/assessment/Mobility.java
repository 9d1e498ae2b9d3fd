package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * How the person moves about.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum Mobility implements Coded {
    MOVES_ALONE("1"),
    MOVES_WITH_HELP("2"),
    DOES_NOT_MOVE("3");

    private final String code;

    Mobility(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Mobility fromCode(String code) {
        return SinaCodes.fromCode(Mobility.class, code);
    }
}
