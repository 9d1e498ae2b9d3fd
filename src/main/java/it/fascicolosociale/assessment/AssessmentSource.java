package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.Coded;

/**
 * Where the assessment comes from: the multidimensional unit, the social case file, other documents, or collected directly.
 * The code is INPS's (SINA block of the PS/PSA flow); the Italian label is in the bundle ({@link SinaCodes#labelCode}).
 */
public enum AssessmentSource implements Coded {
    UVM("1"),
    SOCIAL_CASE_FILE("2"),
    OTHER_DOCUMENTS("3"),
    DIRECT_COLLECTION("4");

    private final String code;

    AssessmentSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AssessmentSource fromCode(String code) {
        return SinaCodes.fromCode(AssessmentSource.class, code);
    }
}
