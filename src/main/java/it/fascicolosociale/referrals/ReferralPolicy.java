package it.fascicolosociale.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.fascicolosociale.people.Consent;
import it.fascicolosociale.people.ConsentScope;

/**
 * Whether a referral may be sent, and on what ground. A social file holds special categories of data (GDPR
 * art. 9: health, and judicial data about minors), so sending it to another service needs both a lawful basis of
 * art. 6(1) and a condition of art. 9(2):
 * <ul>
 * <li>the person's explicit consent (art. 6(1)(a) and 9(2)(a)), in force on the day of sending, naming that
 * recipient (the unit, or the category of the external body) for a purpose that covers a referral; or</li>
 * <li>a legal basis the sender records with its reason ({@link LegalBasis}: a court order, the protection of a
 * minor under art. 403 c.c. and L. 184/1983, a vital interest, a public task under a law as Codice privacy
 * art. 2-sexies requires).</li>
 * </ul>
 * Without either the referral is refused. A legal basis the sender recorded stands over a consent, so that the
 * record says what the sender relied on.
 */
public final class ReferralPolicy {

    private ReferralPolicy() {
    }

    /** What makes the referral lawful on {@code day}, given the consents of its person. */
    public static Optional<Justification> justification(Referral referral, List<Consent> consentsOfPerson, LocalDate day) {
        Optional<Justification> legalBasis = referral.justification().filter(Justification::isLegalBasis);
        if (legalBasis.isPresent()) {
            return legalBasis;
        }
        return referral.target().consentRecipient().flatMap(recipient -> consentsOfPerson.stream()
                .filter(consent -> consent.getPersonId().equals(referral.getPersonId()))
                .filter(consent -> consent.allows(ConsentScope.REFERRAL, recipient, day))
                .findFirst()
                .map(consent -> Justification.byConsent(consent.getId())));
    }

    /** The same, refusing with the reason in Italian when nothing makes the referral lawful. */
    public static Justification require(Referral referral, List<Consent> consentsOfPerson, LocalDate day) {
        return justification(referral, consentsOfPerson, day)
                .orElseThrow(() -> new ReferralNotJustifiedException(referral.getId()));
    }
}
