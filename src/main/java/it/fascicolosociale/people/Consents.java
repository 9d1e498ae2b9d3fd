package it.fascicolosociale.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.Units;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The consents of the persons: recorded, withdrawn, and asked whether one is in force for a recipient on a day.
 * Sharing with another service (a referral, and later that service's access to the file) checks them here.
 */
@Service
@Transactional
public class Consents {

    private final ConsentRepository consents;
    private final People people;
    private final Units units;
    private final Clock clock;

    Consents(ConsentRepository consents, People people, Units units, Clock clock) {
        this.consents = consents;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    /** Records a consent the person gave; the unit it names must exist and the day it was given must be past. */
    public Consent record(ConsentTerms terms, String operator) {
        people.get(terms.personId());
        if (terms.recipient().unitCode() != null) {
            units.get(terms.recipient().unitCode());
        }
        if (terms.givenOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("error.consent.given-in-future", "consent given after today");
        }
        return consents.save(Consent.record(terms, operator, clock.instant()));
    }

    /** The person withdrew the consent today. */
    public Consent withdraw(Long consentId, String operator) {
        Consent consent = get(consentId);
        consent.withdraw(operator, clock.instant(), LocalDate.now(clock));
        return consent;
    }

    @Transactional(readOnly = true)
    public Consent get(Long consentId) {
        return consents.findById(consentId).orElseThrow(() -> new ConsentNotFoundException(consentId));
    }

    /** Every consent of the person, in force or not, the most recently given first. */
    @Transactional(readOnly = true)
    public List<Consent> ofPerson(Long personId) {
        return consents.findByPersonIdOrderByGivenOnDescIdDesc(personId);
    }

    /** The person's consents in force on {@code day} that name the unit, whatever their scope. */
    @Transactional(readOnly = true)
    public List<Consent> inForce(Long personId, String unitCode, LocalDate day) {
        return inForce(personId, ConsentRecipient.unit(unitCode), day);
    }

    /** The person's consents in force on {@code day} that name the category of bodies. */
    @Transactional(readOnly = true)
    public List<Consent> inForce(Long personId, BodyCategory category, LocalDate day) {
        return inForce(personId, ConsentRecipient.category(category), day);
    }

    private List<Consent> inForce(Long personId, ConsentRecipient recipient, LocalDate day) {
        return ofPerson(personId).stream()
                .filter(consent -> consent.recipient().equals(recipient) && consent.isInForce(day))
                .toList();
    }
}
