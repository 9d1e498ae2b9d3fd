package it.fascicolosociale.workflow.uvmd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import it.fascicolosociale.assessment.AssessmentSource;
import it.fascicolosociale.assessment.Assessments;
import it.fascicolosociale.assessment.BehaviouralDisorders;
import it.fascicolosociale.assessment.CognitiveDisorders;
import it.fascicolosociale.assessment.DailyLiving;
import it.fascicolosociale.assessment.HealthCareNeed;
import it.fascicolosociale.assessment.IncomeSituation;
import it.fascicolosociale.assessment.Mobility;
import it.fascicolosociale.assessment.SinaCoding;
import it.fascicolosociale.assessment.SocialPart;
import it.fascicolosociale.assessment.SupportNetwork;
import it.fascicolosociale.assessment.UvmdDecision;
import it.fascicolosociale.assessment.UvmdOutcome;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.SubmittedForm;

/**
 * Maps the forms of the {@code uvmd} process onto the assessment: the social part, the session date and the
 * outcome, which gives the process (and through it the case) the decision, its validity and the case manager.
 * Refusals of the domain go back to the form field they concern.
 */
@Component
class UvmdForms implements FormHandler {

    static final String SOCIAL_PART = "uvmd-social-part";
    static final String CONVENE = "uvmd-convene-session";
    static final String OUTCOME = "uvmd-session-outcome";

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("error.assessment.housing-required", "housing"),
            Map.entry("error.assessment.environmental-factors-required", "environmentalFactors"),
            Map.entry("error.assessment.social-assessment-required", "socialAssessment"),
            Map.entry("error.assessment.session-before-request", "sessionDate"),
            Map.entry("error.assessment.session-in-future", "sessionDate"),
            Map.entry("error.assessment.score-required", "score"),
            Map.entry("error.assessment.score-invalid", "score"),
            Map.entry("error.assessment.priority-invalid", "priority"),
            Map.entry("error.assessment.outcome-notes-required", "notes"),
            Map.entry("error.case.unknown-case-manager", "newCaseManager"));

    private final Assessments assessments;
    private final Cases cases;

    UvmdForms(Assessments assessments, Cases cases) {
        this.assessments = assessments;
        this.cases = cases;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(SOCIAL_PART, CONVENE, OUTCOME);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        try {
            return switch (form.formKey()) {
                case SOCIAL_PART -> prepare(form);
                case CONVENE -> convene(form);
                default -> recordOutcome(form);
            };
        } catch (RuleViolation violation) {
            throw SubmissionRefusedException.byRule(form.formKey(), FIELDS.get(violation.messageCode()), violation);
        }
    }

    private HandledForm prepare(SubmittedForm form) {
        SinaCoding sina = new SinaCoding(coded(form, "mobility", Mobility::fromCode),
                coded(form, "dailyLiving", DailyLiving::fromCode), coded(form, "cognitiveDisorders", CognitiveDisorders::fromCode),
                coded(form, "behaviouralDisorders", BehaviouralDisorders::fromCode),
                coded(form, "healthCareNeed", HealthCareNeed::fromCode), coded(form, "incomeSituation", IncomeSituation::fromCode),
                coded(form, "supportNetwork", SupportNetwork::fromCode), coded(form, "assessmentSource", AssessmentSource::fromCode));
        assessments.prepareSocialPart(assessmentId(form), new SocialPart(sina, form.text("socialAssessment"),
                form.text("housing"), form.text("referencePerson"), form.text("environmentalFactors"),
                form.text("projectLead")), form.operator());
        return HandledForm.variables(Map.of());
    }

    private HandledForm convene(SubmittedForm form) {
        LocalDate sessionDate = (LocalDate) form.value("sessionDate");
        assessments.convene(assessmentId(form), sessionDate, form.operator());
        return HandledForm.variables(Map.of("sessionDate", sessionDate.toString()));
    }

    /** The UVMD confirms the case manager of the case, or names another one among those offered. */
    private HandledForm recordOutcome(SubmittedForm form) {
        String caseManager = "change".equals(form.text("caseManagerDecision")) ? form.text("newCaseManager")
                : cases.get(((Number) form.processVariables().get("caseId")).longValue()).getCaseManager();
        BigDecimal priority = (BigDecimal) form.value("priority");
        UvmdOutcome outcome = new UvmdOutcome((LocalDate) form.value("sessionDate"), UvmdDecision.fromCode(form.text("decision")),
                (BigDecimal) form.value("score"), priority == null ? null : priority.intValueExact(),
                form.text("autonomyProfile"), caseManager, form.text("notes"));
        assessments.recordOutcome(assessmentId(form), outcome, form.operator());
        return HandledForm.variables(Map.of("uvmdEligible", outcome.isEligible(),
                "uvmdValidUntil", Date.from(outcome.validUntil().atStartOfDay(ZONE).toInstant()),
                "uvmdCaseManager", caseManager, "caseManager", caseManager));
    }

    private static <T> T coded(SubmittedForm form, String key, Function<String, T> fromCode) {
        String code = form.text(key);
        return code == null ? null : fromCode.apply(code);
    }

    private static Long assessmentId(SubmittedForm form) {
        return ((Number) form.processVariables().get(UvmdRequest.ASSESSMENT_ID)).longValue();
    }
}
