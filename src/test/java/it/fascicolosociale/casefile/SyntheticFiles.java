package it.fascicolosociale.casefile;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;

/** Test fixture: invented persons registered with the names a test needs, and their cases opened directly. */
@Component
public class SyntheticFiles {

    public static final String CAMPOSAMPIERO = "028019";

    private final People people;
    private final Cases cases;

    SyntheticFiles(People people, Cases cases) {
        this.people = people;
        this.cases = cases;
    }

    public Long person(String firstName, String lastName, LocalDate birthDate, String comune) {
        return people.register(new PersonDetails(firstName, lastName, Sex.F, birthDate, null, "IT", null,
                MissingFiscalCodeReason.NOT_DISCLOSED, new Residence(new IstatCode(comune), "Via della Prova 5"),
                Contacts.NONE)).getId();
    }

    /** An invented person with a codice fiscale, born (sex, day, place) as the code says. */
    public Long person(String firstName, String lastName, CodiceFiscale codiceFiscale, String comune) {
        return people.register(new PersonDetails(firstName, lastName, codiceFiscale.sex(),
                codiceFiscale.birthDate(LocalDate.of(2000, 1, 1)), codiceFiscale.placeCode(), "IT", codiceFiscale, null,
                new Residence(new IstatCode(comune), "Via della Prova 5"), Contacts.NONE)).getId();
    }

    /** Test Uno, born in Camposampiero on 12 March 1985, with his (invented) codice fiscale. */
    public Long testUno() {
        return people.register(new PersonDetails("Test", "Uno", Sex.M, LocalDate.of(1985, 3, 12),
                new it.fascicolosociale.organization.CadastralCode("B563"), "IT", new CodiceFiscale("NUOTST85C12B563H"),
                null, new Residence(new IstatCode(CAMPOSAMPIERO), null), Contacts.NONE)).getId();
    }

    public SocialCase openCase(Long personId, String comune, UserArea area, String caseManager) {
        return cases.open(new CaseOpening(personId, new IstatCode(comune), area, caseManager, null), "giorgio.moretti");
    }

    /** A person of Camposampiero taken in charge in the area by the case manager. */
    public SocialCase personInCharge(String firstName, String lastName, UserArea area, String caseManager) {
        return openCase(person(firstName, lastName, LocalDate.of(1950, 1, 1), CAMPOSAMPIERO), CAMPOSAMPIERO, area, caseManager);
    }
}
