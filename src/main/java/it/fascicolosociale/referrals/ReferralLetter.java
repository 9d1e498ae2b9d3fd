package it.fascicolosociale.referrals;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.people.Consent;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.ItalianDates;

/**
 * Writes the letter that carries a referral to an external body, which has no account on the platform: plain
 * Italian text from the message bundle, stored with the referral so that what was sent stays on record.
 */
@Component
class ReferralLetter {

    private static final Locale ITALIAN = Locale.ITALIAN;

    private final MessageSource messages;
    private final People people;
    private final Consents consents;
    private final OperatorDirectory operators;

    ReferralLetter(MessageSource messages, People people, Consents consents, OperatorDirectory operators) {
        this.messages = messages;
        this.people = people;
        this.consents = consents;
        this.operators = operators;
    }

    String write(Referral referral, Justification lawful, LocalDate day) {
        Person person = people.get(referral.getPersonId());
        ExternalBody body = referral.target().body();
        OperatorDirectory.Account sender = operators.account(referral.getSender()).orElseThrow();
        return text("referral.letter", text("referral.letter.header"), body.name(), body.address(),
                person.getFirstName() + " " + person.getLastName(), ItalianDates.format(person.getBirthDate()),
                referral.getReason(), ground(lawful), ItalianDates.format(day), String.valueOf(referral.getId()),
                sender.firstName() + " " + sender.lastName(), sender.email());
    }

    private String ground(Justification lawful) {
        if (lawful.isLegalBasis()) {
            return text("referral.letter.legal-basis", text("legal-basis." + lawful.getLegalBasis().code()), lawful.getReason());
        }
        Consent consent = consents.get(lawful.getConsentId());
        return consent.validity().to() == null
                ? text("referral.letter.consent", ItalianDates.format(consent.getGivenOn()),
                        ItalianDates.format(consent.validity().from()))
                : text("referral.letter.consent-until", ItalianDates.format(consent.getGivenOn()),
                        ItalianDates.format(consent.validity().from()), ItalianDates.format(consent.validity().to()));
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, ITALIAN);
    }
}
