package it.fascicolosociale.workflow.referrals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.Referrals;
import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmittedForm;
import it.fascicolosociale.workflow.referrals.ReferralRequests.Origin;

/**
 * Maps the sender's forms of the {@code referral} process: the start form (a referral from a case or an
 * accesso), and the task that records the missing consent or legal basis, or withdraws the referral. What the
 * sender records there must make the referral lawful today, or nothing is saved.
 */
@Component
class ReferralForms implements FormHandler {

    static final String START = "referral-start";
    static final String JUSTIFICATION = "referral-justification";
    static final String WITHDRAW = "withdraw";

    private final ReferralRequests requests;
    private final ReferralTargets targets;
    private final Referrals referrals;
    private final Cases cases;
    private final Intakes intakes;
    private final People people;

    ReferralForms(ReferralRequests requests, ReferralTargets targets, Referrals referrals, Cases cases, Intakes intakes,
                  People people) {
        this.requests = requests;
        this.targets = targets;
        this.referrals = referrals;
        this.cases = cases;
        this.intakes = intakes;
        this.people = people;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(START, JUSTIFICATION);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        return START.equals(form.formKey()) ? start(form) : justification(form);
    }

    private HandledForm start(SubmittedForm form) {
        Referral referral = requests.register(form, origin(form));
        return HandledForm.started(ReferralProcess.businessKey(referral.getId()), ReferralProcess.variables(referral));
    }

    private HandledForm justification(SubmittedForm form) {
        Long referralId = ((Number) form.processVariables().get("referralId")).longValue();
        try {
            if (WITHDRAW.equals(form.text("justification"))) {
                referrals.withdraw(referralId, form.text("withdrawReason"), form.operator());
                return HandledForm.variables(Map.of("justificationAction", WITHDRAW, "referralOutcome", "refused"));
            }
            if (Boolean.TRUE.equals(form.processVariables().get("externalBodyToName"))) {
                referrals.nameExternalBody(referralId, targets.externalBody(form));
            }
            requests.justify(form, referrals.get(referralId));
            referrals.requireJustified(referralId, EngineDay.today());
            return HandledForm.variables(Map.of("justificationAction", "justify", "externalBodyToName", false));
        } catch (RuleViolation violation) {
            throw ReferralRefusals.of(form, violation);
        }
    }

    /** The case or accesso the referral starts from, and its person unless the form names another one. */
    private Origin origin(SubmittedForm form) {
        Long caseId = id(form.value("caseId"));
        Long intakeId = id(form.value("intakeId"));
        try {
            Intake intake = intakeId == null ? null : intakes.get(intakeId);
            if (caseId != null) {
                SocialCase socialCase = cases.get(caseId);
                return new Origin(caseId, intakeId, personOf(form, socialCase.getPersonId()), socialCase.getComune());
            }
            if (intake == null) {
                throw new RuleViolation("error.referral.origin-required", "no case and no intake");
            }
            return new Origin(null, intakeId, personOf(form, intake.getPersonId()), intake.getComune());
        } catch (RuleViolation violation) {
            throw ReferralRefusals.of(form, violation);
        }
    }

    private Long personOf(SubmittedForm form, Long personOfOrigin) {
        String codiceFiscale = form.text("codiceFiscale");
        if (codiceFiscale == null) {
            return personOfOrigin;
        }
        return people.findByCodiceFiscale(new CodiceFiscale(codiceFiscale)).map(Person::getId)
                .orElseThrow(() -> new RuleViolation("error.referral.person-unknown", "no person with that codice fiscale"));
    }

    private static Long id(Object number) {
        return number == null ? null : ((BigDecimal) number).longValueExact();
    }
}
