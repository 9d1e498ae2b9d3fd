package it.fascicolosociale.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.people.People;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The front door of the referrals: ask, justify and send them, and record the recipient's answer, updates and
 * closure. Days that decide whether a consent is in force are the caller's (the process engine's day).
 */
@Service
@Transactional
public class Referrals {

    private final ReferralRepository referrals;
    private final People people;
    private final Cases cases;
    private final Units units;
    private final OperatorDirectory operators;
    private final Consents consents;
    private final ReferralLetter letters;
    private final Clock clock;

    Referrals(ReferralRepository referrals, People people, Cases cases, Units units, OperatorDirectory operators,
              Consents consents, ReferralLetter letters, Clock clock) {
        this.referrals = referrals;
        this.people = people;
        this.cases = cases;
        this.units = units;
        this.operators = operators;
        this.consents = consents;
        this.letters = letters;
        this.clock = clock;
    }

    /** Records a referral the sender asks for; it is sent only once justified. */
    public Referral request(ReferralRequest request, String sender) {
        people.get(request.personId());
        if (request.caseId() != null) {
            cases.get(request.caseId());
        }
        if (request.target().isUnit() && !units.get(request.target().unitCode()).isActive()) {
            throw new RuleViolation("error.referral.inactive-unit", "target unit is not active", request.target().unitCode());
        }
        if (operators.account(sender).isEmpty()) {
            throw new RuleViolation("error.referral.unknown-sender", "unknown sender", sender);
        }
        return referrals.save(Referral.request(request, sender, clock.instant()));
    }

    public Referral nameExternalBody(Long referralId, ExternalBody body) {
        return change(referralId, referral -> referral.nameExternalBody(body));
    }

    public Referral justifyByLegalBasis(Long referralId, LegalBasis basis, String reason) {
        Justification legalBasis = Justification.byLegalBasis(basis, reason);
        return change(referralId, referral -> referral.justifyByLegalBasis(legalBasis));
    }

    /** Whether the referral could be sent on {@code day}; changes nothing. */
    @Transactional(readOnly = true)
    public boolean isJustified(Long referralId, LocalDate day) {
        Referral referral = get(referralId);
        return ReferralPolicy.justification(referral, consents.ofPerson(referral.getPersonId()), day).isPresent();
    }

    /** Refuses, with the reason in Italian, a referral that could not be sent on {@code day}. */
    @Transactional(readOnly = true)
    public void requireJustified(Long referralId, LocalDate day) {
        Referral referral = get(referralId);
        ReferralPolicy.require(referral, consents.ofPerson(referral.getPersonId()), day);
    }

    /** Sends the referral on {@code day}: to its unit, or as a letter produced for its external body. */
    public Referral send(Long referralId, LocalDate day) {
        return change(referralId, referral -> {
            Justification lawful = ReferralPolicy.require(referral, consents.ofPerson(referral.getPersonId()), day);
            referral.send(lawful, referral.target().isUnit() ? null : letters.write(referral, lawful, day), clock.instant());
        });
    }

    public Referral accept(Long referralId, String note, String by) {
        return answer(referralId, true, Texts.optional(note, ReferralEntry.TEXT_MAX, "error.referral.text-too-long"), null, by);
    }

    public Referral decline(Long referralId, String reason, String by) {
        return answer(referralId, false, requiredText(reason, "error.referral.decline-reason-required"), null, by);
    }

    /** The answer of an external body, as the sender received it on {@code answeredOn}. */
    public Referral recordExternalAnswer(Long referralId, boolean accepted, String text, LocalDate answeredOn, String by) {
        if (answeredOn == null) {
            throw new RuleViolation("error.referral.answered-on-required", "the date of the answer is required");
        }
        return answer(referralId, accepted, requiredText(text, "error.referral.answer-required"), answeredOn, by);
    }

    public Referral postUpdate(Long referralId, String text, String by) {
        String update = requiredText(text, "error.referral.update-required");
        return change(referralId, referral -> referral.postUpdate(update, by, clock.instant()));
    }

    public Referral close(Long referralId, String text, String by) {
        String outcome = requiredText(text, "error.referral.update-required");
        return change(referralId, referral -> referral.close(outcome, by, clock.instant()));
    }

    public Referral recordReminder(Long referralId, String text, String by) {
        String reminder = requiredText(text, "error.referral.reminder-required");
        return change(referralId, referral -> referral.recordReminder(reminder, by, clock.instant()));
    }

    public Referral withdraw(Long referralId, String reason, String by) {
        String why = requiredText(reason, "error.referral.withdrawal-reason-required");
        return change(referralId, referral -> referral.withdraw(why, by, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Referral get(Long referralId) {
        return referrals.findById(referralId).orElseThrow(() -> new ReferralNotFoundException(referralId));
    }

    @Transactional(readOnly = true)
    public List<Referral> ofCase(Long caseId) {
        return referrals.findByCaseIdOrderByRequestedAtDesc(caseId);
    }

    @Transactional(readOnly = true)
    public List<Referral> ofPerson(Long personId) {
        return referrals.findByPersonIdOrderByRequestedAtDesc(personId);
    }

    private Referral answer(Long referralId, boolean accepted, String text, LocalDate answeredOn, String by) {
        return change(referralId, referral -> referral.answer(accepted, text, answeredOn, by, clock.instant()));
    }

    /** One step of the referral, which checks by itself that it follows from where the referral stands. */
    private Referral change(Long referralId, Consumer<Referral> step) {
        Referral referral = get(referralId);
        step.accept(referral);
        return referral;
    }

    private static String requiredText(String text, String missingCode) {
        return Texts.required(text, ReferralEntry.TEXT_MAX, missingCode, "error.referral.text-too-long");
    }
}
