package it.fascicolosociale.benefits;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;

/** Test fixture: an invented person taken in charge, the social case that benefits are requested for. */
@Component
public class CaseFixture {

    public static final String CAMPOSAMPIERO = "028019";
    public static final String CITTADELLA = "028032";

    private final People people;
    private final Cases cases;

    CaseFixture(People people, Cases cases) {
        this.people = people;
        this.cases = cases;
    }

    /** A case opened by the coordinator of the demo, managed by elena.conte, for a new synthetic person. */
    public SocialCase open(String comune, String area) {
        Long personId = people.register(new PersonDetails("Prova", "Prestazione", Sex.F, LocalDate.of(1958, 9, 9), null, "IT",
                null, MissingFiscalCodeReason.NOT_DISCLOSED, new Residence(new IstatCode(comune), "Via della Prova 3"),
                Contacts.NONE)).getId();
        return cases.open(new CaseOpening(personId, new IstatCode(comune), UserArea.fromCode(area), "elena.conte", null),
                "giorgio.moretti");
    }
}
