package it.fascicolosociale.workflow.intake;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Channel;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.intake.IntakeRequest;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.intake.InterviewOutcome;
import it.fascicolosociale.intake.Requester;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.SubmittedForm;
import it.fascicolosociale.workflow.referrals.ReferralRequests;
import it.fascicolosociale.workflow.referrals.ReferralRequests.Origin;

/** Maps the forms of the {@code intake} process onto the accesso, the person, the referral and the opened case. */
@Component
class IntakeForms implements FormHandler {

    static final String START = "intake-start";
    static final String FIRST_INTERVIEW = "intake-first-interview";
    static final String CASE_DECISION = "intake-case-decision";

    private final Intakes intakes;
    private final Cases cases;
    private final IntakePerson person;
    private final ReferralRequests referrals;

    IntakeForms(Intakes intakes, Cases cases, IntakePerson person, ReferralRequests referrals) {
        this.intakes = intakes;
        this.cases = cases;
        this.person = person;
        this.referrals = referrals;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(START, FIRST_INTERVIEW, CASE_DECISION);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        return switch (form.formKey()) {
            case START -> register(form);
            case FIRST_INTERVIEW -> firstInterview(form);
            default -> decide(form);
        };
    }

    private HandledForm register(SubmittedForm form) {
        Long personId = person.foundOrRegistered(form);
        try {
            Intake intake = intakes.register(new IntakeRequest(personId, new IstatCode(form.text("comune")),
                    UserArea.fromCode(form.text("area")), Channel.fromCode(form.text("channel")),
                    new Requester(Requester.Kind.fromCode(form.text("requesterKind")), form.text("requesterDescription")),
                    form.text("need"), Boolean.TRUE.equals(form.value("urgent"))), form.operator());
            return HandledForm.started("intake-" + intake.getId(), Map.of(
                    "intakeId", intake.getId(), "personId", personId,
                    "comune", intake.getComune().value(), "area", intake.getArea().code(), "urgent", intake.isUrgent()));
        } catch (RuleViolation violation) {
            throw SubmissionRefusedException.byRule(form.formKey(), null, violation);
        }
    }

    /** A referral to another service is recorded here, with its justification; the intake then starts its process. */
    private HandledForm firstInterview(SubmittedForm form) {
        InterviewOutcome outcome = InterviewOutcome.fromCode(form.text("outcome"));
        Intake intake = intakes.recordFirstInterview(intakeId(form), outcome, form.operator());
        if (outcome != InterviewOutcome.REFERRAL) {
            return HandledForm.variables(Map.of("outcome", outcome.code()));
        }
        Referral referral = referrals.register(form, new Origin(null, intake.getId(), intake.getPersonId(), intake.getComune()));
        return HandledForm.variables(Map.of("outcome", outcome.code(), "referralId", referral.getId()));
    }

    private HandledForm decide(SubmittedForm form) {
        Long intakeId = intakeId(form);
        if (!"accept".equals(form.text("decision"))) {
            intakes.reject(intakeId, form.text("rejectionReason"), form.operator());
            return HandledForm.variables(Map.of("decision", "reject"));
        }
        Intake intake = intakes.get(intakeId);
        String caseManager = form.text("caseManager");
        SocialCase socialCase = cases.open(new CaseOpening(intake.getPersonId(), intake.getComune(), intake.getArea(),
                caseManager, intakeId), form.operator());
        intakes.accept(intakeId, socialCase.getId(), form.operator());
        return HandledForm.variables(Map.of("decision", "accept", "caseId", socialCase.getId(), "caseManager", caseManager));
    }

    private static Long intakeId(SubmittedForm form) {
        return ((Number) form.processVariables().get("intakeId")).longValue();
    }
}
