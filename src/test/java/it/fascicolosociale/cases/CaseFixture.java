package it.fascicolosociale.cases;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;

/**
 * Social cases of invented people, for tests of what happens to a case: opened through the front door, closed
 * behind its back (closure has no named step yet).
 */
public final class CaseFixture {

    private final People people;
    private final Cases cases;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    public CaseFixture(People people, Cases cases, JdbcClient jdbc, EntityManager entityManager) {
        this.people = people;
        this.cases = cases;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** A person living in the comune, taken in charge in the area by the case manager. */
    public SocialCase open(String comune, UserArea area, String caseManager) {
        IstatCode municipality = new IstatCode(comune);
        Long personId = people.register(new PersonDetails("Prova", "Presa In Carico", Sex.F, LocalDate.of(1941, 5, 10),
                null, "IT", null, MissingFiscalCodeReason.NOT_DISCLOSED, new Residence(municipality, "Via della Prova 3"),
                null)).getId();
        return cases.open(new CaseOpening(personId, municipality, area, caseManager, null), "giorgio.moretti");
    }

    public void closeInTheDatabase(Long caseId) {
        entityManager.flush();
        jdbc.sql("update social_case set status = 'CLOSED' where id = :id").param("id", caseId).update();
        entityManager.clear();
    }
}
