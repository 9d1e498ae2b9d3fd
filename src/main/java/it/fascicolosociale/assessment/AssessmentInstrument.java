package it.fascicolosociale.assessment;

import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The Veneto form whose social part the case manager fills in: SVaMA (DGR 2961/2012) for adults and the
 * elderly, SVaMDi (DGR 331/2007, 1804/2014) for people with disabilities.
 */
public enum AssessmentInstrument implements Coded {
    SVAMA("svama", AssessmentTool.SVAMA),
    SVAMDI("svamdi", AssessmentTool.OTHER);

    private final String code;
    private final AssessmentTool tool;

    AssessmentInstrument(String code, AssessmentTool tool) {
        this.code = code;
        this.tool = tool;
    }

    @Override
    public String code() {
        return code;
    }

    /** How the SINA flow names this instrument: SVaMDi has no code of its own there. */
    public AssessmentTool tool() {
        return tool;
    }

    /**
     * SVaMDi for the disability area; SVaMA (its social part, the "SVaMA sociale") for the elderly and, as the
     * regional form for adults, for every other area.
     */
    public static AssessmentInstrument forArea(UserArea area) {
        return area == UserArea.DISABILITY ? SVAMDI : SVAMA;
    }

    public static AssessmentInstrument fromCode(String code) {
        return Coded.fromCode(AssessmentInstrument.class, code,
                unknown -> new RuleViolation("error.assessment.unknown-instrument", "Unknown instrument " + unknown, unknown));
    }
}
