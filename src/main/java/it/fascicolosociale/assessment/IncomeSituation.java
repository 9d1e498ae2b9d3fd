package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * The person's economic situation (area reddituale), which the social worker assesses.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum IncomeSituation implements Coded {
    SELF_SUFFICIENT("1"),
    HELPED_BY_OTHERS("2"),
    IN_NEED_WITHOUT_HELP("3");

    private final String code;

    IncomeSituation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static IncomeSituation fromCode(String code) {
        return SinaCodes.fromCode(IncomeSituation.class, code);
    }
}
