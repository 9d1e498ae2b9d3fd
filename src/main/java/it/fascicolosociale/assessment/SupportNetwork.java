package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * Whether family or informal carers support the person (area supporto), as the social worker assesses it.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum SupportNetwork implements Coded {
    PRESENT("1"),
    PARTIAL("2"),
    ABSENT("3");

    private final String code;

    SupportNetwork(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static SupportNetwork fromCode(String code) {
        return SinaCodes.fromCode(SupportNetwork.class, code);
    }
}
