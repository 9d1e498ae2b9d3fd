package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * The assessment instrument as the flow names it. Veneto's SVaMDi has no code of its own: it goes as OTHER.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum AssessmentTool implements Coded {
    SVAMA("1"),
    AGED("2"),
    RUG("3"),
    SOSIA("4"),
    POLAR_SCHEME("5"),
    VALGRAF("6"),
    OTHER("7");

    private final String code;

    AssessmentTool(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AssessmentTool fromCode(String code) {
        return SinaCodes.fromCode(AssessmentTool.class, code);
    }
}
