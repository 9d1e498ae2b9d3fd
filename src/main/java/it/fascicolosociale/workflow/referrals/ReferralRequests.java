package it.fascicolosociale.workflow.referrals;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.people.ConsentScope;
import it.fascicolosociale.people.ConsentTerms;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.referrals.LegalBasis;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.ReferralRequest;
import it.fascicolosociale.referrals.Referrals;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.SubmittedForm;

/**
 * Records the referral a form asks for (the referral's start form, the accesso's first interview) with what the
 * sender chose to justify it: a consent already recorded (nothing to record: the check finds it), a consent the
 * person gives now (recorded for this referral's recipient), or a legal basis with its reason.
 */
@Component
public class ReferralRequests {

    static final String RECORD_CONSENT = "record-consent";
    static final String LEGAL_BASIS = "legal-basis";

    private final Referrals referrals;
    private final Consents consents;
    private final ReferralTargets targets;

    ReferralRequests(Referrals referrals, Consents consents, ReferralTargets targets) {
        this.referrals = referrals;
        this.consents = consents;
        this.targets = targets;
    }

    /** Where a referral comes from: a case or an accesso, its person, and the comune whose services answer. */
    public record Origin(Long caseId, Long intakeId, Long personId, IstatCode comune) {
    }

    /** The referral, recorded; a refusal of the domain goes back to its form field and records nothing. */
    public Referral register(SubmittedForm form, Origin origin) {
        try {
            Referral referral = referrals.request(new ReferralRequest(origin.caseId(), origin.intakeId(), origin.personId(),
                    targets.of(form, origin.comune(), EngineDay.today()), form.text("referralReason")), form.operator());
            justify(form, referral);
            return referral;
        } catch (SubmissionRefusedException refused) {
            throw refused;
        } catch (RuleViolation violation) {
            throw ReferralRefusals.of(form, violation);
        }
    }

    void justify(SubmittedForm form, Referral referral) {
        String choice = form.text("justification");
        if (RECORD_CONSENT.equals(choice)) {
            consents.record(ConsentTerms.of(referral.getPersonId(), ConsentScope.fromCode(form.text("consentScope")),
                    referral.target().consentRecipient().orElseThrow(), date(form, "consentGivenOn"),
                    date(form, "consentFrom"), date(form, "consentTo")), form.operator());
        } else if (LEGAL_BASIS.equals(choice)) {
            referrals.justifyByLegalBasis(referral.getId(), LegalBasis.fromCode(form.text("legalBasis")),
                    form.text("legalBasisReason"));
        }
    }

    private static LocalDate date(SubmittedForm form, String key) {
        return (LocalDate) form.value(key);
    }
}
