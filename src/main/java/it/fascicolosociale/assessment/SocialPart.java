package it.fascicolosociale.assessment;

import java.util.Objects;

import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The social part of a multidimensional assessment, as the case manager prepares it for the UVMD: the SINA
 * coding, the concluding social assessment, and the part of the instrument's cover the social worker fills in
 * (housing and reference person on the SVaMA; environmental factors and project lead on the SVaMDi).
 */
@Embeddable
public record SocialPart(SinaCoding sina, String socialAssessment, String housing, String referencePerson,
                         String environmentalFactors, String projectLead) {

    static final int LONG_TEXT = 4000;
    static final int NAME = 200;

    public SocialPart {
        Objects.requireNonNull(sina, "sina");
        socialAssessment = Texts.required(socialAssessment, 8000, "error.assessment.social-assessment-required");
        housing = Texts.optional(housing, LONG_TEXT);
        referencePerson = Texts.optional(referencePerson, NAME);
        environmentalFactors = Texts.optional(environmentalFactors, LONG_TEXT);
        projectLead = Texts.optional(projectLead, NAME);
    }

    /** The cover fields of one instrument only: the housing situation of the SVaMA, the environment of the SVaMDi. */
    void requireFieldsOf(AssessmentInstrument instrument) {
        boolean svama = instrument == AssessmentInstrument.SVAMA;
        if (svama && housing == null) {
            throw new RuleViolation("error.assessment.housing-required", "the SVaMA needs the housing situation");
        }
        if (!svama && environmentalFactors == null) {
            throw new RuleViolation("error.assessment.environmental-factors-required", "the SVaMDi needs the environment");
        }
        if (svama ? environmentalFactors != null || projectLead != null : housing != null || referencePerson != null) {
            throw new RuleViolation("error.assessment.field-of-other-instrument",
                    "fields of the other instrument than " + instrument.code(), instrument.code());
        }
    }
}
