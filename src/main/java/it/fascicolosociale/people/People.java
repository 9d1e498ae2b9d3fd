package it.fascicolosociale.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.StaleEditException;

/** The persons the social services know: registered once, corrected with care, found by id or codice fiscale. */
@Service
@Transactional
public class People {

    private final PersonRepository persons;
    private final BirthPlaceRepository birthPlaces;
    private final Municipalities municipalities;
    private final Clock clock;

    People(PersonRepository persons, BirthPlaceRepository birthPlaces, Municipalities municipalities, Clock clock) {
        this.persons = persons;
        this.birthPlaces = birthPlaces;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public Person register(PersonDetails details) {
        requireAcceptable(details, null);
        // written now, as when the id came from the insert: later SQL of this transaction sees the person
        return persons.saveAndFlush(new Person(details));
    }

    /** Corrects a person's record, refusing the edit if someone saved the record since {@code expectedVersion}. */
    public Person correct(Long id, long expectedVersion, PersonDetails details) {
        Person person = get(id);
        StaleEditException.requireVersion("person", id, expectedVersion, person.getVersion());
        requireAcceptable(details, id);
        person.correct(details);
        return persons.saveAndFlush(person);
    }

    @Transactional(readOnly = true)
    public Person get(Long id) {
        return persons.findById(id).orElseThrow(() -> new PersonNotFoundException(id));
    }

    /** The persons with these ids, in no particular order; ids of nobody are skipped. One query for a whole page. */
    @Transactional(readOnly = true)
    public List<Person> allById(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : persons.findAllById(ids);
    }

    /**
     * At most {@code limit} persons whose surname and name contain the text, accents and case aside: a simple
     * lookup for the front office; callers show only the persons the operator may read.
     */
    @Transactional(readOnly = true)
    public List<Person> findByName(String text, int limit) {
        return text == null || text.isBlank() ? List.of() : persons.findByNameContaining(text.strip(), limit);
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByCodiceFiscale(CodiceFiscale codiceFiscale) {
        return persons.findByCodiceFiscale(codiceFiscale.value());
    }

    /** The name of a place of birth, with its province for a comune (e.g. "Camposampiero (PD)"). */
    @Transactional(readOnly = true)
    public Optional<String> birthPlaceName(CadastralCode code) {
        return code == null ? Optional.empty() : birthPlaces.findById(code.value()).map(BirthPlace::displayName);
    }

    /** The rules that need the database or the clock; the person checks its codice fiscale itself. */
    private void requireAcceptable(PersonDetails details, Long ownId) {
        if (details.birthDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("error.person.birth-date-future", "birth date after today");
        }
        CodiceFiscale codiceFiscale = details.codiceFiscale();
        if (codiceFiscale != null) {
            if (!birthPlaces.existsById(codiceFiscale.placeCode().value())) {
                throw new CodiceFiscaleMismatchException(CodiceFiscaleMismatchException.Reason.UNKNOWN_PLACE);
            }
            persons.findByCodiceFiscale(codiceFiscale.value())
                    .filter(other -> !other.getId().equals(ownId))
                    .ifPresent(other -> {
                        throw new DuplicateCodiceFiscaleException(other.getId());
                    });
        } else if (details.birthPlace() != null && !birthPlaces.existsById(details.birthPlace().value())) {
            throw new RuleViolation("error.person.birth-place-unknown", "birth place is no known cadastral code",
                    details.birthPlace().value());
        }
        if (details.residence() != null) {
            municipalities.get(details.residence().municipality());
        }
    }
}
