package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * Whether the person has behavioural disorders.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum BehaviouralDisorders implements Coded {
    ABSENT("1"),
    PRESENT("2");

    private final String code;

    BehaviouralDisorders(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static BehaviouralDisorders fromCode(String code) {
        return SinaCodes.fromCode(BehaviouralDisorders.class, code);
    }
}
