package it.fascicolosociale.workflow.referrals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.referrals.Referrals;
import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmittedForm;

/**
 * Maps the answers of the {@code referral} process onto the referral: the target unit's decision and its updates
 * or closure, and what the sender records of an external body (its answer, the reminders). The outcome the
 * caller gets back ({@code referralOutcome}) is set with the answer.
 */
@Component
class ReferralAnswerForms implements FormHandler {

    static final String UNIT_DECISION = "referral-unit-decision";
    static final String COLLABORATION_UPDATE = "referral-collaboration-update";
    static final String EXTERNAL_ANSWER = "referral-external-answer";
    static final String EXTERNAL_REMINDER = "referral-external-reminder";
    private static final String ACCEPT = "accept";

    private final Referrals referrals;

    ReferralAnswerForms(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(UNIT_DECISION, COLLABORATION_UPDATE, EXTERNAL_ANSWER, EXTERNAL_REMINDER);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        Long referralId = ((Number) form.processVariables().get("referralId")).longValue();
        try {
            return switch (form.formKey()) {
                case UNIT_DECISION -> decide(form, referralId);
                case COLLABORATION_UPDATE -> update(form, referralId);
                case EXTERNAL_ANSWER -> externalAnswer(form, referralId);
                default -> remind(form, referralId);
            };
        } catch (RuleViolation violation) {
            throw ReferralRefusals.of(form, violation);
        }
    }

    private HandledForm decide(SubmittedForm form, Long referralId) {
        boolean accepted = ACCEPT.equals(form.text("decision"));
        if (accepted) {
            referrals.accept(referralId, form.text("acceptNote"), form.operator());
        } else {
            referrals.decline(referralId, form.text("declineReason"), form.operator());
        }
        return answered(accepted);
    }

    private HandledForm update(SubmittedForm form, Long referralId) {
        String action = form.text("collaborationAction");
        if ("close".equals(action)) {
            referrals.close(referralId, form.text("updateText"), form.operator());
        } else {
            referrals.postUpdate(referralId, form.text("updateText"), form.operator());
        }
        return HandledForm.variables(Map.of("collaborationAction", action));
    }

    private HandledForm externalAnswer(SubmittedForm form, Long referralId) {
        boolean accepted = ACCEPT.equals(form.text("decision"));
        referrals.recordExternalAnswer(referralId, accepted, form.text("answerText"), (LocalDate) form.value("answeredOn"),
                form.operator());
        return answered(accepted);
    }

    private HandledForm remind(SubmittedForm form, Long referralId) {
        referrals.recordReminder(referralId, form.text("reminderText"), form.operator());
        return HandledForm.variables(Map.of());
    }

    private static HandledForm answered(boolean accepted) {
        return HandledForm.variables(Map.of("decision", accepted ? ACCEPT : "decline",
                "referralOutcome", accepted ? "accepted" : "declined"));
    }
}
