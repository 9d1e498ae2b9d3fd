package it.fascicolosociale.workflow.referrals;

import java.util.Map;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.SubmittedForm;

/** Sends a refusal of the referrals, people or organization modules back to the form field it concerns. */
final class ReferralRefusals {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("error.referral.origin-required", "caseId"),
            Map.entry("error.case.not-found", "caseId"),
            Map.entry("error.intake.not-found", "intakeId"),
            Map.entry("error.referral.person-unknown", "codiceFiscale"),
            Map.entry("error.codice-fiscale.format", "codiceFiscale"),
            Map.entry("error.codice-fiscale.check-character", "codiceFiscale"),
            Map.entry("error.codice-fiscale.birth-date", "codiceFiscale"),
            Map.entry("error.routing.no-delegation", "targetService"),
            Map.entry("error.routing.inactive-unit", "targetService"),
            Map.entry("error.routing.units-covering", "targetService"),
            Map.entry("error.referral.inactive-unit", "targetService"),
            Map.entry("error.referral.external-category-required", "externalKind"),
            Map.entry("error.referral.external-name-required", "externalName"),
            Map.entry("error.referral.external-name-too-long", "externalName"),
            Map.entry("error.referral.external-address-required", "externalAddress"),
            Map.entry("error.referral.external-address-too-long", "externalAddress"),
            Map.entry("error.referral.reason-required", "referralReason"),
            Map.entry("error.referral.reason-too-long", "referralReason"),
            Map.entry("error.consent.given-on-required", "consentGivenOn"),
            Map.entry("error.consent.given-in-future", "consentGivenOn"),
            Map.entry("error.consent.valid-from-required", "consentFrom"),
            Map.entry("error.consent.valid-before-given", "consentFrom"),
            Map.entry("error.period.reversed", "consentTo"),
            Map.entry("error.referral.legal-basis-required", "legalBasis"),
            Map.entry("error.referral.legal-basis-reason-required", "legalBasisReason"),
            Map.entry("error.referral.legal-basis-reason-too-long", "legalBasisReason"),
            Map.entry("error.referral.not-justified", "justification"),
            Map.entry("error.referral.withdrawal-reason-required", "withdrawReason"),
            Map.entry("error.referral.decline-reason-required", "declineReason"),
            Map.entry("error.referral.answer-required", "answerText"),
            Map.entry("error.referral.answered-on-required", "answeredOn"),
            Map.entry("error.referral.update-required", "updateText"),
            Map.entry("error.referral.reminder-required", "reminderText"));

    private ReferralRefusals() {
    }

    static SubmissionRefusedException of(SubmittedForm form, RuleViolation violation) {
        return SubmissionRefusedException.byRule(form.formKey(), FIELDS.get(violation.messageCode()), violation);
    }
}
