package it.fascicolosociale.assessment;

import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The person's needs coded as the SINA block of the INPS flow asks (PS_PSA_SINA201812.xsd), as the case
 * manager records them in the social part. Cognitive disorders and health-care need are optional there, so
 * they may be null here; everything else is required. The instrument ({@link AssessmentTool}) follows from
 * the assessment's {@link AssessmentInstrument}.
 */
@Embeddable
public record SinaCoding(Mobility mobility, DailyLiving dailyLiving, CognitiveDisorders cognitiveDisorders,
                         BehaviouralDisorders behaviouralDisorders, HealthCareNeed healthCareNeed,
                         IncomeSituation incomeSituation, SupportNetwork supportNetwork,
                         AssessmentSource assessmentSource) {

    public SinaCoding {
        if (mobility == null || dailyLiving == null || behaviouralDisorders == null || incomeSituation == null
                || supportNetwork == null || assessmentSource == null) {
            throw new RuleViolation("error.assessment.sina-incomplete", "a required SINA field is missing");
        }
    }
}
