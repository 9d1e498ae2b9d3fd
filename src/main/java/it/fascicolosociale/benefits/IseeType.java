package it.fascicolosociale.benefits;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The kinds of ISEE attestation of DPCM 159/2013: ordinario (art. 2-5), sociosanitario for benefits to
 * adults with disability or not self-sufficient (art. 6), for minors with parents not living together
 * (art. 7), and sociosanitario for residential care (art. 6, c. 3).
 */
public enum IseeType implements Coded {
    ORDINARY("ordinary"),
    SOCIO_HEALTH("socio-health"),
    MINORS("minors"),
    RESIDENTIAL("residential");

    private final String code;

    IseeType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public String messageCode() {
        return "isee-type." + code;
    }

    public static IseeType fromCode(String code) {
        return Coded.fromCode(IseeType.class, code,
                unknown -> new RuleViolation("error.benefit.unknown-isee-type", "Unknown ISEE type " + unknown, unknown));
    }
}
